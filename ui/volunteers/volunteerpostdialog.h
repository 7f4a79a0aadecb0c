#pragma once

#include "models/access/accessscope.h"

#include "models/volunteers/rosterstore.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// A post (岗位) of the rota: name, place, grid, usual team and how many volunteers it needs.
class VolunteerPostDialog final : public QDialog
{
    Q_OBJECT

public:
    VolunteerPostDialog(QSqlDatabase db, const AccessScope &scope, const RosterStore::Post &post,
                        QWidget *parent = nullptr);
    RosterStore::Post post() const { return m_post; }
    void accept() override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    RosterStore::Post m_post;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_team = nullptr;
    QSpinBox *m_needed = nullptr;
    QLabel *m_message = nullptr;
};
