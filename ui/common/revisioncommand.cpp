#include "revisioncommand.h"

#include <QMessageBox>
#include <QUndoStack>

void RevisionCommand::push(QWidget *from, std::unique_ptr<RecordRevision> revision, std::function<void()> refresh)
{
    if (!from || !revision)
        return;
    // The main window owns the stack as a direct child; dialogs and pages find it through it.
    auto *stack = from->window()->findChild<QUndoStack *>(QString(), Qt::FindDirectChildrenOnly);
    if (stack)
        stack->push(new RevisionCommand(from, std::move(revision), std::move(refresh)));
}

RevisionCommand::RevisionCommand(QWidget *from, std::unique_ptr<RecordRevision> revision, std::function<void()> refresh)
    : m_from(from)
    , m_revision(std::move(revision))
    , m_refresh(std::move(refresh))
{
    setText(m_revision->text());
}

void RevisionCommand::undo()
{
    apply(true);
}

void RevisionCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    apply(false);
}

void RevisionCommand::apply(bool undo)
{
    const SaveResult result = undo ? m_revision->undo() : m_revision->redo();
    if (!result.ok) {
        // Left as the other change made it; this step cannot be taken any more.
        setObsolete(true);
        QMessageBox::warning(
            m_from ? m_from->window() : nullptr, undo ? tr("Undo") : tr("Redo"),
            (undo ? tr("Could not undo “%1”: %2") : tr("Could not redo “%1”: %2")).arg(text(), result.firstMessage()));
    }
    if (m_from && m_refresh)
        m_refresh();
}
