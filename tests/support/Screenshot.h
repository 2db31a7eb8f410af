#pragma once

// The GUI tests' pictures for the README (`make screenshots`): with SECDESK_SCREENSHOT_DIR set, saves the widget
// as DIR/name; without it, does nothing. Text set just before (a summary filled in when a worker finishes) is laid
// out first, so the picture shows what the screen would.

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QWidget>

namespace TestScreenshot {

// False only when saving was asked for and failed.
inline bool save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SECDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(QDir(dir).filePath(name));
}

} // namespace TestScreenshot
