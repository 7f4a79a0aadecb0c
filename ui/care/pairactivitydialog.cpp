#include "pairactivitydialog.h"
#include "ui/common/formguard.h"

#include "models/care/carepairstore.h"
#include "ui/common/formhelpers.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PairActivityDialog::PairActivityDialog(QSqlDatabase db, const AccessScope &scope, qint64 pairId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_pairId(pairId)
{
    CarePairStore store(m_db, m_scope);
    const CarePair pair = store.pair(pairId);
    setWindowTitle(tr("Pairing activity"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 with %2").arg(pair.helperName, pair.address), this));
    auto *earlier = new QListWidget(this);
    earlier->setObjectName(QStringLiteral("earlierActivities"));
    for (const CarePairActivity &a : store.activities(pairId))
        earlier->addItem(QStringLiteral("%1  %2").arg(a.doneOn.toString(Qt::ISODate), a.what));
    layout->addWidget(earlier);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("doneOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date"), m_date);
    m_what = new QPlainTextEdit(this);
    m_what->setObjectName(QStringLiteral("what"));
    m_what->setTabChangesFocus(true);
    form->addRow(tr("&What was done"), m_what);
    layout->addLayout(form);
    m_error = FormHelpers::addSaveButtons(this, layout);
    FormGuard::install(this); // Esc asks before typed text is lost; Tab leaves the date
}

void PairActivityDialog::accept()
{
    const SaveResult saved =
        CarePairStore(m_db, m_scope).addActivity({0, m_pairId, m_date->date(), m_what->toPlainText()});
    if (!saved.ok) {
        m_error->setText(FormHelpers::colored(saved.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    QDialog::accept();
}
