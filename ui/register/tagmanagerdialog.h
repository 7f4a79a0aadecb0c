#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// 标签管理: the office's tags (add, rename, group, archive, merge one into another) and each tag's
// typed attributes (text, number, date, choice). Every button saves at once through TagStore;
// the dialog only shows its refusals.
class TagManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    TagManagerDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    // Whether anything was saved (the register reloads its tag filter then).
    bool changed() const { return m_changed; }

private:
    QWidget *buildTags();
    QWidget *buildAttributes();
    void addTag();
    void renameTag();
    void setGroup();
    void archiveTag();
    void mergeTag();
    void addAttribute();
    void reloadTags(qint64 select = 0);
    void reloadAttributes();
    qint64 currentTag() const;
    bool report(const QString &error, QWidget *focus, const QString &done);
    void updateButtons();

    QSqlDatabase m_db;
    AccessScope m_scope;
    bool m_changed = false;
    QListWidget *m_tags = nullptr;
    QLineEdit *m_tagName = nullptr;
    QComboBox *m_group = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_setGroup = nullptr;
    QPushButton *m_archive = nullptr;
    QComboBox *m_mergeInto = nullptr;
    QPushButton *m_merge = nullptr;
    QListWidget *m_attributes = nullptr;
    QLineEdit *m_attributeName = nullptr;
    QComboBox *m_attributeType = nullptr;
    QLineEdit *m_choices = nullptr;
    QPushButton *m_addAttribute = nullptr;
    QLabel *m_message = nullptr;
};
