#include "fieldcheckoutdialog.h"

#include "models/field/fieldcheckout.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

FieldCheckoutDialog::FieldCheckoutDialog(QSqlDatabase office, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_office(std::move(office))
    , m_scope(scope)
{
    setWindowTitle(tr("Check out a field copy"));
    auto *form = new QFormLayout;

    m_grids = new QListWidget(this);
    m_grids->setObjectName(QStringLiteral("fieldGrids"));
    for (const auto &[code, name] : FieldCheckout::grids(m_office)) {
        auto *item = new QListWidgetItem(tr("%1 %2").arg(code, name), m_grids);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_grids->setMinimumHeight(140);
    // The keyboard ticks a grid with Space, as in any checklist.
    auto *gridsLabel = new QLabel(tr("&Grids:"), this);
    gridsLabel->setBuddy(m_grids);
    form->addRow(gridsLabel, m_grids);

    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("fieldWorker"));
    for (const auto &[login, name] : FieldCheckout::workers(m_office))
        m_worker->addItem(tr("%1 (%2)").arg(name, login), login);
    auto *workerLabel = new QLabel(tr("&Worker:"), this);
    workerLabel->setBuddy(m_worker);
    form->addRow(workerLabel, m_worker);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fieldFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &FieldCheckoutDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("fieldPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("&Password of the copy:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("fieldPasswordAgain"));
    m_again->setEchoMode(QLineEdit::Password);
    auto *againLabel = new QLabel(tr("The same password &again:"), this);
    againLabel->setBuddy(m_again);
    form->addRow(againLabel, m_again);

    auto *note = new QLabel(tr("The copy holds the personal data of these grids. It is sealed with this password; "
                               "give it to the worker in person."),
                            this);
    note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check &out"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FieldCheckoutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void FieldCheckoutDialog::browse()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(tr("field-copy") + QStringLiteral(".cdfield"));
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Field copy file"), start, tr("Field copies (*.cdfield)"));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

void FieldCheckoutDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void FieldCheckoutDialog::accept()
{
    QStringList codes;
    for (int i = 0; i < m_grids->count(); ++i)
        if (m_grids->item(i)->checkState() == Qt::Checked)
            codes.append(m_grids->item(i)->data(Qt::UserRole).toString());
    if (codes.isEmpty()) {
        showError(tr("Grids: please tick at least one grid."));
        m_grids->setFocus();
        return;
    }
    if (m_worker->currentIndex() < 0) {
        showError(tr("Worker: please choose the worker the copy is for."));
        m_worker->setFocus();
        return;
    }
    if (m_file->text().trimmed().isEmpty()) {
        showError(tr("File: please choose where to write the copy."));
        m_file->setFocus();
        return;
    }
    if (m_password->text() != m_again->text()) {
        showError(tr("Password: the two passwords differ."));
        m_again->clear();
        m_again->setFocus();
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    FieldCheckout checkout(m_office, QString(), m_scope);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = checkout.run({codes, m_worker->currentData().toString(), path, m_password->text()});
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(checkout.errorText());
        return;
    }
    m_written = path;
    m_password->clear();
    m_again->clear();
    QString written = tr("The field copy %1 was written: %2 residents.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(checkout.residentCount());
    if (checkout.workerSignsInWithCopyPassword())
        written += QLatin1Char('\n') + tr("On this server only its owner reads passwords: the worker signs in on the "
                                          "copy with the copy's password.");
    QMessageBox::information(this, windowTitle(), written);
    QDialog::accept();
}
