#pragma once

#include "models/access/accessscope.h"

#include "models/grids/grid.h"
#include "models/grids/gridplacement.h"

#include <QSqlDatabase>
#include <QWidget>

class FormGuard;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Edits one grid: code, name, its area, whether it is an exclusive grid (and of which unit), grid
// worker and leader with their phones, colour and notes. Save writes the grid and its place in
// the hierarchy in one transaction (AreaStore::saveGrid); errors are shown under the form.
class GridEditor final : public QWidget
{
    Q_OBJECT

public:
    GridEditor(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setGrid(const Grid &grid);
    void newGrid();
    Grid grid() const { return m_grid; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *areaCombo() const { return m_area; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *unitEdit() const { return m_unit; }
    // Refills the area list (after areas were added or archived), keeping the choice.
    void reloadAreas();
    QPushButton *saveButton() const { return m_save; }
    bool save();
    // Something typed since the grid was shown or saved (its page asks before showing another).
    bool hasChanges() const;

signals:
    void saved(qint64 gridId);

private:
    void chooseColor();
    void showColor();
    void syncKind();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    FormGuard *m_guard = nullptr;
    Grid m_grid;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_worker = nullptr;
    QLineEdit *m_workerPhone = nullptr;
    QLineEdit *m_leader = nullptr;
    QLineEdit *m_leaderPhone = nullptr;
    QPushButton *m_color = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QString m_colorName;
    GridPlacement m_placement;
};
