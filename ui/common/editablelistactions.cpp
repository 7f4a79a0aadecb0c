#include "editablelistactions.h"

#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>

bool EditableListActions::add(QWidget *parent, const Texts &texts, const Save &save)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, texts.addTitle, texts.nameLabel, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    ListEntry entry;
    entry.name = name;
    const SaveResult r = save(entry);
    if (!r.ok)
        QMessageBox::warning(parent, texts.addTitle, r.firstMessage());
    return true;
}

bool EditableListActions::rename(QWidget *parent, const Texts &texts, const QComboBox *combo, const Save &save)
{
    return rename(parent, texts, combo->currentData().toLongLong(), combo->currentText(), save);
}

bool EditableListActions::rename(QWidget *parent, const Texts &texts, qint64 id, const QString &current,
                                 const Save &save)
{
    if (!id) {
        QMessageBox::information(parent, texts.renameTitle, texts.chooseFirst);
        return false;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, texts.renameTitle, texts.nameLabel, QLineEdit::Normal, current, &ok);
    if (!ok)
        return false;
    ListEntry entry;
    entry.id = id;
    entry.name = name;
    const SaveResult r = save(entry);
    if (!r.ok)
        QMessageBox::warning(parent, texts.renameTitle, r.firstMessage());
    return true;
}

bool EditableListActions::archive(QWidget *parent, const Texts &texts, const QComboBox *combo, const Archive &archive)
{
    return EditableListActions::archive(parent, texts, combo->currentData().toLongLong(), combo->currentText(),
                                        archive);
}

bool EditableListActions::archive(QWidget *parent, const Texts &texts, qint64 id, const QString &name,
                                  const Archive &archive)
{
    if (!id) {
        QMessageBox::information(parent, texts.archiveTitle, texts.chooseFirst);
        return false;
    }
    if (QMessageBox::question(parent, texts.archiveTitle, texts.archiveQuestion.arg(name)) != QMessageBox::Yes)
        return false;
    const SaveResult r = archive(id);
    if (!r.ok)
        QMessageBox::warning(parent, texts.archiveTitle, r.firstMessage());
    return true;
}
