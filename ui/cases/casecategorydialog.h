#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class FormGuard;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// The editable list of case categories: add, rename, change the deadline days, archive or
// restore. Categories are never deleted, so old cases keep theirs.
class CaseCategoryDialog final : public QDialog
{
    Q_OBJECT

public:
    CaseCategoryDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    bool changed() const { return m_changed; }
    QString errorText() const { return m_errorText; }

public slots:
    void addNew();
    void save();

private:
    void reload(qint64 selectId);
    void showCurrent();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    bool m_changed = false;
    QString m_errorText;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_archived = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
    FormGuard *m_guard = nullptr;
};
