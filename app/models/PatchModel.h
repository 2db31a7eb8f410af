#pragma once

// PatchModel: a JSON patch being edited, as a list of operations. Each operation is validated against the
// configuration as it is after the operations before it (an invalid one is skipped for the ones after it) and
// carries its reason and its guard warnings (PatchGuards). An edit revalidates from the edited row on, reusing the
// documents before it. On a large configuration (over synchronousLimit() entities) that work runs on the WorkerPool,
// the newest edit winning: isValidating() is true until validated() brings the result, and the rows keep their
// previous states meanwhile. The raw JSON text of the patch round-trips: text that was set is returned unchanged
// until an operation changes. GUI thread (any one thread).

#include <QAbstractListModel>
#include <QJsonObject>

#include "app/common/Latest.h"
#include "app/common/Result.h"
#include "app/domain/PatchGuards.h"
#include "app/json/JsonPatch.h"

class PatchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        OpRole = Qt::UserRole + 1, // QString: "add", "remove", ...
        PathRole,                  // QString
        FromRole,                  // QString (move, copy)
        ValueRole,                 // QJsonValue (add, replace, test)
        ValueTextRole,             // QString: the value as compact JSON
        ValidRole,                 // bool
        ReasonRole,                // QString: why the operation fails here; empty when valid
        WarningLevelRole,          // int (PatchWarning::Level)
        WarningTextRole,           // QString: the warnings, one per line
        HasAppendFixRole,          // bool: an array-replacing add that can be turned into appends
        SummaryRole,               // QString: "replace /roles/r1/description"
    };
    Q_ENUM(Role)

    explicit PatchModel(QObject *parent = nullptr);

    // The configuration the patch applies to; everything is revalidated.
    void setBaseDocument(const QJsonObject &document);
    const QJsonObject &baseDocument() const { return m_base; }
    void setGuardContext(const GuardContext &context);
    const GuardContext &guardContext() const { return m_context; }

    const QList<PatchOperation> &operations() const { return m_operations; }
    const PatchOperation &operation(int row) const { return m_operations.at(row); }
    JsonPatch patch() const { return JsonPatch(m_operations); }

    // Edits; each revalidates from the first affected row and emits patchChanged().
    void insertOperations(int row, const QList<PatchOperation> &operations);
    QList<PatchOperation> removeOperations(int row, int count);
    PatchOperation setOperation(int row, const PatchOperation &operation); // returns the old one
    void moveOperation(int from, int to);
    // Replaces everything (a reset); `rawText`, when given, is what rawText() returns until the next edit.
    void setOperations(const QList<PatchOperation> &operations, const QString &rawText = QString());

    // The raw JSON text of the whole patch, and parsing one.
    QString rawText() const;
    static Result<QList<PatchOperation>, PatchError> parseText(const QString &text);
    static QString formatOperations(const QList<PatchOperation> &operations);

    // The configuration before the operation at `row` (rowCount(): after all valid operations). While a validation
    // runs, the newest one known (the rows after the edit have none yet).
    QJsonObject documentBefore(int row) const;
    QJsonObject result() const { return documentBefore(rowCount()); }

    bool isValid(int row) const { return m_states.at(row).reason.isEmpty(); }
    QString reason(int row) const { return m_states.at(row).reason; }
    const QList<PatchWarning> &warnings(int row) const { return m_states.at(row).warnings; }
    QList<PatchOperation> appendFix(int row) const;
    int invalidCount() const;
    // Lockout warnings of the patch as a whole (the base against the result).
    const QList<PatchWarning> &patchWarnings() const { return m_patchWarnings; }

    // True from an edit until its validation has arrived (only on a large configuration: see synchronousLimit()).
    bool isValidating() const { return m_validating; }
    // Configurations of up to this many entities are validated on the calling thread; larger ones on the
    // WorkerPool (default 10,000: a frame's worth of work).
    static constexpr qsizetype DefaultSynchronousLimit = 10000;
    void setSynchronousLimit(qsizetype entities) { m_synchronousLimit = entities; }
    qsizetype synchronousLimit() const { return m_synchronousLimit; }

    // For tests: the row the last revalidation started at, and how many operations it applied.
    int lastValidationStart() const { return m_lastValidationStart; }
    int lastValidationApplied() const { return m_lastValidationApplied; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // Any change of the operations (for autosave and the preview).
    void patchChanged();
    // The validation states changed (after an edit or a new base document).
    void validated();

private:
    struct RowState
    {
        QString reason;
        QList<PatchWarning> warnings;
    };
    // What a validation from `start` finds: the documents after each operation from there, each one's state, and
    // the lockout warnings of the whole patch.
    struct Validation
    {
        int start = 0;
        QList<QJsonObject> documents; // after operations start, start + 1, ...
        QList<RowState> states;
        QList<PatchWarning> patchWarnings;
        int applied = 0;
    };
    static Validation validate(const QJsonObject &base, const QJsonObject &before,
                               const QList<PatchOperation> &operations, int start, const GuardContext &context,
                               const CancelToken &cancel = {});

    void revalidateFrom(int row);
    void applyValidation(const Validation &validation);

    QJsonObject m_base;
    GuardContext m_context;
    QList<PatchOperation> m_operations;
    QList<RowState> m_states;
    QList<QJsonObject> m_documents; // m_documents[i]: the document before operation i; one more than operations
    QList<PatchWarning> m_patchWarnings;
    QString m_rawText;
    bool m_rawTextCurrent = false;
    int m_lastValidationStart = 0;
    int m_lastValidationApplied = 0;
    qsizetype m_baseEntities = 0; // entities in m_base, to choose between here and the WorkerPool
    qsizetype m_synchronousLimit = DefaultSynchronousLimit;
    bool m_validating = false;
    Latest m_validations {this};
};
