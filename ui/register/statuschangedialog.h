#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

// Asks for the date and a note of a status change (moved out, deceased, moved back).
class StatusChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    QDate date() const;
    QString note() const;
    void showError(const QString &message);

private:
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};
