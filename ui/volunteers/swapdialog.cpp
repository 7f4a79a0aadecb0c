#include "swapdialog.h"

#include "models/volunteers/rosterstore.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

SwapDialog::SwapDialog(QSqlDatabase db, const AccessScope &scope, const QDate &monday, qint64 firstAssignment,
                       QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    FormGuard::install(this);
    setWindowTitle(tr("Swap shifts"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_first = new QComboBox(this);
    m_second = new QComboBox(this);
    for (const RosterStore::Shift &s : RosterStore(m_db, m_scope).shifts(monday, monday.addDays(6)))
        for (const RosterStore::Assignment &a : s.assignments) {
            const QString label =
                tr("%1 %2: %3").arg(s.start.toString(QStringLiteral("MM-dd HH:mm")), s.postName, a.name);
            m_first->addItem(label, a.id);
            m_second->addItem(label, a.id);
        }
    m_first->setCurrentIndex(qMax(0, m_first->findData(firstAssignment)));
    m_second->setCurrentIndex(m_second->count() > 1 ? 1 : 0);
    form->addRow(tr("&This volunteer's shift:"), m_first);
    form->addRow(tr("&with:"), m_second);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SwapDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SwapDialog::reject);
    layout->addWidget(buttons);
}

void SwapDialog::accept()
{
    const SaveResult r =
        RosterStore(m_db, m_scope).swap(m_first->currentData().toLongLong(), m_second->currentData().toLongLong());
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    QDialog::accept();
}
