#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// File → Field copy → Check out…: the grids (a checklist), the worker the copy is for, the file,
// and the copy's password typed twice. OK runs the check-out (FieldCheckout); a refusal is
// shown in the dialog, naming the field, and the dialog stays open.
class FieldCheckoutDialog final : public QDialog
{
    Q_OBJECT

public:
    FieldCheckoutDialog(QSqlDatabase office, const AccessScope &scope, QWidget *parent = nullptr);

    // The file written by the last successful check-out.
    QString writtenFile() const { return m_written; }

    void accept() override;

private:
    void browse();
    void showError(const QString &text);

    QSqlDatabase m_office;
    AccessScope m_scope;
    QListWidget *m_grids = nullptr;
    QComboBox *m_worker = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_error = nullptr;
    QString m_written;
};
