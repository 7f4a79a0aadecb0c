#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// File → Communities of the street…: a street administrator adds a community (code, name, area),
// renames one and archives one (CommunityEditor). Every button saves at once; a community's own
// clerk sees the list and every button disabled, with the reason.
class StreetCommunitiesDialog final : public QDialog
{
    Q_OBJECT

public:
    StreetCommunitiesDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    // Whether anything was saved (the window then offers the new list of communities).
    bool changed() const { return m_changed; }

private:
    void reload(qint64 select = 0);
    qint64 currentId() const;
    void add();
    void rename();
    void archive();
    void report(const QString &error, QWidget *focus, const QString &done);
    void updateButtons();

    QSqlDatabase m_db;
    AccessScope m_scope;
    bool m_changed = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_area = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_archive = nullptr;
    QLabel *m_message = nullptr;
};
