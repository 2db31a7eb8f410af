#include <cmath>

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeView>
#include <QtTest>

#include "app/models/ConfigTreeModel.h"
#include "app/models/DiffTreeModel.h"
#include "app/models/VersionTimelineModel.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/theme/Theme.h"
#include "ui/views/configtree/ConfigTreeDelegate.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/widgets/JsonHighlighter.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffColours.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

namespace {

// The test's own WCAG 2 arithmetic, written from the definition (not Theme's), so a slip in one is caught by the
// other: relative luminance of sRGB, and the contrast ratio (L1 + 0.05) / (L2 + 0.05).
double luminance(const QColor &colour)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    if (a.alpha() != 255 || b.alpha() != 255)
        return 0; // the UI's colours are opaque: a translucent one fails every check
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A third palette, neither Fusion's nor ours: a dark blue theme with a light highlight and dark highlighted text.
QPalette bluePalette()
{
    QPalette palette(QColor(40, 46, 62), QColor(30, 34, 48));
    palette.setColor(QPalette::Base, QColor(24, 28, 40));
    palette.setColor(QPalette::AlternateBase, QColor(32, 37, 52));
    palette.setColor(QPalette::Text, QColor(214, 220, 232));
    palette.setColor(QPalette::WindowText, QColor(214, 220, 232));
    palette.setColor(QPalette::ButtonText, QColor(214, 220, 232));
    palette.setColor(QPalette::Highlight, QColor(150, 190, 255));
    palette.setColor(QPalette::HighlightedText, QColor(10, 20, 40));
    palette.setColor(QPalette::Link, QColor(60, 90, 200)); // too dark on this Base: linkText must fix it
    return palette;
}

// Every pair of text colour and background the UI paints with, beyond the palette's own roles.
QList<std::tuple<QString, QColor, QColor>> colourPairs(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QList<std::tuple<QString, QColor, QColor>> pairs;
    const QList<std::pair<QString, DiffColours::Tone>> tones {{u"added"_s, DiffColours::Tone::Added},
                                                              {u"removed"_s, DiffColours::Tone::Removed},
                                                              {u"changed"_s, DiffColours::Tone::Changed}};
    for (const auto &[name, tone] : tones) {
        pairs.append({u"Text on the %1 line"_s.arg(name), text, DiffColours::background(palette, tone)});
        pairs.append({u"Text on the strong %1 range"_s.arg(name), text, DiffColours::background(palette, tone, true)});
        pairs.append({u"%1 kind text on its line"_s.arg(name), DiffColours::text(palette, tone),
                      DiffColours::background(palette, tone)});
        pairs.append({u"%1 kind text on Base"_s.arg(name), DiffColours::text(palette, tone), base});
    }
    pairs.append({u"Text on the diff filler"_s, text, DiffColours::filler(palette)});
    pairs.append({u"Text on a diff heading"_s, text, DiffColours::heading(palette)});
    const QList<std::pair<QString, Theme::Syntax>> syntax {{u"key"_s, Theme::Syntax::Key},
                                                           {u"string"_s, Theme::Syntax::String},
                                                           {u"number"_s, Theme::Syntax::Number},
                                                           {u"literal"_s, Theme::Syntax::Literal}};
    for (const auto &[name, kind] : syntax)
        pairs.append({u"JSON %1 on Base"_s.arg(name), Theme::syntaxColour(palette, kind), base});
    pairs.append({u"error text on Base"_s, Theme::errorText(palette), base});
    pairs.append(
        {u"error text on Window"_s, Theme::errorText(palette, QPalette::Window), palette.color(QPalette::Window)});
    pairs.append({u"muted text on Base"_s, Theme::mutedText(text, base), base});
    pairs.append({u"muted text on a selected row"_s,
                  Theme::mutedText(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)),
                  palette.color(QPalette::Highlight)});
    pairs.append({u"link on Base"_s, Theme::linkText(palette), base});
    pairs.append({u"Text on a badge"_s, text, Theme::badgeBackground(palette, false)});
    pairs.append({u"HighlightedText on a selected badge"_s, palette.color(QPalette::HighlightedText),
                  Theme::badgeBackground(palette, true)});
    pairs.append({u"WindowText on an error message"_s, palette.color(QPalette::WindowText),
                  Theme::messageBackground(palette, true)});
    pairs.append({u"WindowText on an information message"_s, palette.color(QPalette::WindowText),
                  Theme::messageBackground(palette, false)});
    return pairs;
}

int hueDistance(int a, int b)
{
    const int d = std::abs(a - b) % 360;
    return std::min(d, 360 - d);
}

} // namespace

// Light and dark palettes: every colour the UI derives reads with a contrast of at least 4.5:1 (WCAG 2 AA), the
// widgets really paint with those colours, and the main window works in both (screenshots with
// SECDESK_SCREENSHOT_DIR).
class TestPalettes : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui; // the patch editor's drafts in its data directory, never the user's own

    static void addPalettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << Theme::lightPalette() << false;
        QTest::newRow("dark") << Theme::darkPalette() << true;
        QTest::newRow("blue") << bluePalette() << true;
        QTest::newRow("plain-qpalette") << QPalette(QColor(236, 236, 236)) << false;
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }
    void cleanup() { m_gui.cleanup(); }

    void contrastArithmetic()
    {
        QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
        QVERIFY(std::abs(contrast(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01); // the classic near-miss
        QVERIFY(std::abs(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        QVERIFY(std::abs(Theme::relativeLuminance(QColor(40, 120, 200)) - luminance(QColor(40, 120, 200))) < 1e-6);
        // readableOn moves a colour only as far as needed, and keeps its hue.
        const QColor grey(0x77, 0x77, 0x77);
        const QColor fixed = Theme::readableOn(grey, Qt::white);
        QVERIFY(contrast(fixed, Qt::white) >= 4.5);
        QVERIFY(contrast(fixed, Qt::white) < 5.0);
        const QColor red = Theme::readableOn(QColor(255, 80, 80), Qt::white);
        QVERIFY(contrast(red, Qt::white) >= 4.5);
        QVERIFY(hueDistance(red.hslHue(), 0) <= 2);
        QCOMPARE(Theme::readableOn(Qt::black, Qt::white), QColor(Qt::black)); // already fine: unchanged
    }

    void paletteRolesContrast_data() { addPalettes(); }
    void paletteRolesContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(Theme::isDark(palette), dark);
        if (QString::fromLatin1(QTest::currentDataTag()) == u"light"
            || QString::fromLatin1(QTest::currentDataTag()) == u"dark") {
            // Our own palettes: the basic roles themselves.
            QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase)) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
        }
    }

    void derivedColoursContrast_data() { addPalettes(); }
    void derivedColoursContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        for (const auto &[what, foreground, background] : colourPairs(palette)) {
            const double ratio = contrast(foreground, background);
            QVERIFY2(ratio >= Theme::MinContrast,
                     qPrintable(u"%1: %2 on %3 has contrast %4"_s.arg(what, foreground.name(), background.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
        // The tints mean something: the hue of their change, visibly apart from Base, and dark in a dark theme.
        const QColor base = palette.color(QPalette::Base);
        const QColor added = DiffColours::background(palette, DiffColours::Tone::Added);
        const QColor removed = DiffColours::background(palette, DiffColours::Tone::Removed);
        QVERIFY2(hueDistance(added.hslHue(), 120) <= 30, qPrintable(added.name()));
        QVERIFY2(hueDistance(removed.hslHue(), 0) <= 30, qPrintable(removed.name()));
        for (const QColor &tint : {added, removed, DiffColours::background(palette, DiffColours::Tone::Changed)}) {
            QVERIFY2(contrast(tint, base) > 1.08, qPrintable(tint.name() + u" vs "_s + base.name()));
            QVERIFY2(dark ? luminance(tint) < 0.12 : luminance(tint) > 0.45, qPrintable(tint.name()));
        }
        QVERIFY(contrast(DiffColours::background(palette, DiffColours::Tone::Added, true), added) > 1.1);
        QVERIFY(hueDistance(Theme::errorText(palette).hslHue(), 0) <= 10);
    }

    // The side-by-side view paints its lines with these colours, readable under the pane's text.
    void sideBySidePaintsReadableLines_data() { addPalettes(); }
    void sideBySidePaintsReadableLines()
    {
        QFETCH(QPalette, palette);
        SideBySideDiffView view;
        view.setPalette(palette);
        view.setSections({{u"roles"_s, u"r1"_s, QJsonValue(QJsonObject {{u"a"_s, 1}, {u"b"_s, u"old"_s}}),
                           QJsonValue(QJsonObject {{u"a"_s, 1}, {u"b"_s, u"new"_s}, {u"c"_s, true}})},
                          {u"roles"_s, u"gone"_s, QJsonValue(QJsonObject {{u"x"_s, 1}}), std::nullopt}});
        int painted = 0;
        for (QPlainTextEdit *pane : {view.leftPane(), view.rightPane()}) {
            const QColor text = pane->palette().color(QPalette::Text);
            QCOMPARE(text, palette.color(QPalette::Text));
            for (const QTextEdit::ExtraSelection &selection : pane->extraSelections()) {
                const QColor background = selection.format.background().color();
                QVERIFY2(contrast(text, background) >= 4.5, qPrintable(text.name() + u" on "_s + background.name()));
                ++painted;
            }
        }
        QVERIFY(painted >= 6); // headings, removed, added and the changed ranges
    }

    // The JSON highlighter's formats, on a document in this palette.
    void highlighterColours_data() { addPalettes(); }
    void highlighterColours()
    {
        QFETCH(QPalette, palette);
        QTextDocument document;
        auto *highlighter = new JsonHighlighter(&document);
        highlighter->updateColours(palette);
        document.setPlainText(u"{\n  \"key\": \"value\",\n  \"n\": -12.5,\n  \"ok\": true\n}"_s);
        highlighter->rehighlight();
        QSet<QRgb> colours;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                const QColor colour = range.format.foreground().color();
                QVERIFY2(contrast(colour, palette.color(QPalette::Base)) >= 4.5, qPrintable(colour.name()));
                colours.insert(colour.rgb());
            }
        }
        QCOMPARE(colours.size(), 4); // key, string, number, literal: all distinct
    }

    // The config tree's badges are filled with the theme's badge colour (opaque: readable whatever is below).
    void treeBadgesUseTheTheme_data() { addPalettes(); }
    void treeBadgesUseTheTheme()
    {
        QFETCH(QPalette, palette);
        QStandardItemModel model;
        auto *item = new QStandardItem(u"all_access"_s);
        item->setData(true, ConfigTreeModel::ReservedRole);
        item->setData(true, ConfigTreeModel::StaticRole);
        model.appendRow(item);
        QTreeView view;
        view.setPalette(palette);
        view.setModel(&model);
        ConfigTreeDelegate delegate;
        for (const bool selected : {false, true}) {
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.palette = palette;
            option.rect = QRect(0, 0, 400, 28);
            option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
            option.widget = &view;
            QImage image(400, 28, QImage::Format_RGB32);
            image.fill(palette.color(QPalette::Base));
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
            painter.end();
            const QRgb fill = Theme::badgeBackground(palette, selected).rgb();
            int found = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    found += image.pixel(x, y) == fill ? 1 : 0;
            }
            QVERIFY2(found > 40, qPrintable(u"badge fill %1 painted %2 times"_s.arg(QColor(fill).name()).arg(found)));
        }
    }

    // The main window in our light and dark palettes (the same path as `secdesk --palette dark`): the app-wide
    // palette reaches the views and the message bar, which stays readable. With SECDESK_SCREENSHOT_DIR set, it
    // saves the config tree, the patch preview and the timeline in both.
    void mainWindowInBothPalettes_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }
    void mainWindowInBothPalettes()
    {
        QFETCH(QString, scheme);
        const auto parsed = Theme::schemeFromName(scheme);
        QVERIFY(parsed);
        QVERIFY(!Theme::schemeFromName(u"purple"_s));
        Theme::apply(*parsed);
        const bool dark = *parsed == Theme::Scheme::Dark;
        QCOMPARE(Theme::isDark(QApplication::palette()), dark);

        m_gui.startSandbox();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        ConfigTreeView *tree = window.configTreeView();
        QCOMPARE(Theme::isDark(tree->tree()->palette()), dark);
        QTRY_VERIFY(tree->select(u"/roles/all_access"_s));

        window.showError(u"A sample error to see the message bar"_s);
        MessageBar *bar = window.messageBar();
        const QPalette barPalette = bar->palette();
        QVERIFY(contrast(barPalette.color(QPalette::WindowText), barPalette.color(QPalette::Window)) >= 4.5);
        QCOMPARE(barPalette.color(QPalette::Window), Theme::messageBackground(QApplication::palette(), true));
        GuiFixture::screenshot(&window, u"palette-%1-tree.png"_s.arg(scheme));

        // The patch preview, side by side: a removed role.
        PatchEditorView *editor = window.patchEditor();
        editor->requestOperation(u"remove"_s, u"/roles/kibana_user"_s, QJsonValue());
        QDockWidget *dock = GuiFixture::openDock(window, GuiFixture::Dock::PatchEditor);
        QVERIFY(dock);
        auto *tabs = editor->findChild<QTabWidget *>(ObjectNames::previewTabs);
        auto *sideBySide = editor->findChild<SideBySideDiffView *>(ObjectNames::sideBySideDiff);
        tabs->setCurrentWidget(sideBySide);
        QTRY_VERIFY(!sideBySide->leftPane()->extraSelections().isEmpty());
        for (const auto &selection : sideBySide->leftPane()->extraSelections())
            QVERIFY(
                contrast(sideBySide->leftPane()->palette().color(QPalette::Text), selection.format.background().color())
                >= 4.5);
        GuiFixture::screenshot(&window, u"palette-%1-patch.png"_s.arg(scheme));
        dock->hide();

        // The timeline after a write over the API.
        const int status = m_gui
                               .adminSend("PUT", u"/_plugins/_security/api/roles/palette_role"_s,
                                          R"({"description":"P","cluster_permissions":["cluster_monitor"]})")
                               .status;
        QVERIFY(status == 200 || status == 201);
        // The write came from another client: the window's live configuration is the one from before it until F5.
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            session.state() == ClusterSession::State::Ready
                && session.configuration().document.value(u"roles"_s).toObject().contains(u"palette_role"_s),
            20000);
        TimelineView *timeline = GuiFixture::openTimeline(window);
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() >= 2, 10000);
        QVERIFY(timeline->selectVersion(u"v1"_s));
        // v1 against live: exactly the role added since (not whatever the previous selection's diff showed).
        const auto showsAddedRole = [timeline] {
            const auto changes = timeline->diffTree()->model()->changes();
            return changes.size() == 1 && changes.first().path.toString() == u"/roles/palette_role"_s;
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsAddedRole(), 10000);
        GuiFixture::screenshot(&window, u"palette-%1-timeline.png"_s.arg(scheme));
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestPalettes)
#include "TestPalettes.moc"
