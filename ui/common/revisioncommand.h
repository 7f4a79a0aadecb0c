#pragma once

#include "models/access/accessscope.h"
#include "models/revisions/recordrevision.h"
#include "models/revisions/snapshotrevision.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>
#include <QUndoCommand>
#include <QWidget>

// One saved change on the main window's undo stack (Edit → Undo / Redo). The change is already
// saved when it is pushed; undo and redo write through RecordRevision, and a refused one (the
// record changed elsewhere since) is told to the clerk and leaves the stack.
class RevisionCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RevisionCommand)

public:
    // Puts `revision` on the undo stack of `from`'s window, when it has one (a page shown on its
    // own in a test has none). `refresh` shows the record again after an undo or redo; it is not
    // called once `from` is gone.
    static void push(QWidget *from, std::unique_ptr<RecordRevision> revision, std::function<void()> refresh);
    // What a page calls after a successful save of record `id` of `Kind` (ResidentSnapshot, ...):
    // `before` as the form opened it, empty for a new record; `text` names a change other than
    // the kind's edit or add, for the Edit menu.
    template<class Kind>
    static void pushSaved(QWidget *from, QSqlDatabase db, const AccessScope &scope,
                          std::optional<typename Kind::Record> before, qint64 id, std::function<void()> refresh,
                          const QString &text = QString())
    {
        if (std::optional<typename Kind::Record> after = Kind::load(db, scope, id))
            push(from, std::make_unique<SnapshotRevision<Kind>>(db, scope, std::move(before), std::move(*after), text),
                 std::move(refresh));
    }

    RevisionCommand(QWidget *from, std::unique_ptr<RecordRevision> revision, std::function<void()> refresh);

    void undo() override;
    void redo() override;

private:
    void apply(bool undo);

    QPointer<QWidget> m_from;
    std::unique_ptr<RecordRevision> m_revision;
    std::function<void()> m_refresh;
    bool m_pushed = false; // QUndoStack::push() calls redo(): the first one is the save already made
};
