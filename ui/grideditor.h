#pragma once

#include "grid.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Edits one grid: code, name, grid worker and leader with their phones, colour and notes.
// Save writes through GridStore in one transaction; errors are shown under the form.
class GridEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit GridEditor(QSqlDatabase db, QWidget *parent = nullptr);

    void setGrid(const Grid &grid);
    void newGrid();
    Grid grid() const { return m_grid; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    bool save();

signals:
    void saved(qint64 gridId);

private:
    void chooseColor();
    void showColor();

    QSqlDatabase m_db;
    Grid m_grid;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_worker = nullptr;
    QLineEdit *m_workerPhone = nullptr;
    QLineEdit *m_leader = nullptr;
    QLineEdit *m_leaderPhone = nullptr;
    QPushButton *m_color = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QString m_colorName;
};
