#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Keys back a sheet that came back ticked: the clerk types or scans the sheet's code (a scanner
// types the QR code's text and Enter), then types the ticked row codes, and Record writes the
// attendance, visits or hours in one go (PaperKeyIn). A typo or a code of another sheet is named
// and nothing is recorded until the list is right.
class PaperKeyInDialog final : public QDialog
{
    Q_OBJECT

public:
    PaperKeyInDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QLineEdit *sheetEdit() const { return m_sheet; }
    QPlainTextEdit *rowsEdit() const { return m_rows; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *sheetLabel() const { return m_sheetInfo; }
    QLabel *resultLabel() const { return m_result; }

private:
    void sheetChanged();
    void record();

    QSqlDatabase m_db;
    AccessScope m_scope;
    QLineEdit *m_sheet = nullptr;
    QLabel *m_sheetInfo = nullptr;
    QPlainTextEdit *m_rows = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_result = nullptr;
};
