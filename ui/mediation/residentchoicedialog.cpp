#include "residentchoicedialog.h"

#include "ui/common/attendeepicker.h"

#include <QDialogButtonBox>
#include <QSpinBox>
#include <QVBoxLayout>

ResidentChoiceDialog::ResidentChoiceDialog(QSqlDatabase db, const AccessScope &scope, const QString &title,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_picker = new AttendeePicker(std::move(db), scope, this);
    m_picker->setAddButtonText(tr("&Add"));
    m_picker->headCountSpin()->hide(); // only named residents here
    m_picker->setHeadCountText(QString());
    layout->addWidget(m_picker);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 460);
}

QList<qint64> ResidentChoiceDialog::residentIds() const
{
    return m_picker->residentIds();
}

QList<qint64> ResidentChoiceDialog::choose(QSqlDatabase db, const AccessScope &scope, const QString &title,
                                           QWidget *parent)
{
    ResidentChoiceDialog dialog(std::move(db), scope, title, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.residentIds() : QList<qint64>{};
}
