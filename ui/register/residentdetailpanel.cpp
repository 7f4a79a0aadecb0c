#include "residentdetailpanel.h"

#include "models/cnrules/age.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/register/registerstore.h"
#include "models/register/registertypes.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString changeLabel(const QString &kind)
{
    if (kind == QLatin1String("moved_in"))
        return ResidentDetailPanel::tr("Moved in");
    if (kind == QLatin1String("moved_out"))
        return ResidentDetailPanel::tr("Moved out");
    if (kind == QLatin1String("deceased"))
        return ResidentDetailPanel::tr("Deceased");
    if (kind == QLatin1String("moved_household"))
        return ResidentDetailPanel::tr("Moved to another household");
    if (kind == QLatin1String("moved_back"))
        return ResidentDetailPanel::tr("Moved back");
    if (kind == QLatin1String("edited"))
        return ResidentDetailPanel::tr("Details edited");
    // A status change taken back with Edit → Undo: it stays in the history, marked as withdrawn.
    if (kind == QLatin1String("withdrawn_moved_out"))
        return ResidentDetailPanel::tr("Move out withdrawn");
    if (kind == QLatin1String("withdrawn_deceased"))
        return ResidentDetailPanel::tr("Death withdrawn");
    if (kind == QLatin1String("withdrawn_moved_back"))
        return ResidentDetailPanel::tr("Move back withdrawn");
    return kind;
}
} // namespace

ResidentDetailPanel::ResidentDetailPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("residentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Household members</b>"), this));
    m_members = new QTreeWidget(this);
    m_members->setRootIsDecorated(false);
    m_members->setHeaderLabels({tr("Name"), tr("Relation"), tr("Age"), tr("Status")});
    m_members->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_members, 1);
    layout->addWidget(new QLabel(tr("<b>History</b>"), this));
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("residentHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Date"), tr("Change"), tr("Details")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_history, 1);
    showResident(0, false);
}

void ResidentDetailPanel::showResident(qint64 residentId, bool reveal)
{
    m_residentId = residentId;
    m_members->clear();
    m_history->clear();
    const RegisterStore store(m_db, m_scope);
    const std::optional<Resident> r = residentId ? store.resident(residentId) : std::nullopt;
    if (!r) {
        m_summary->setText(tr("Select a resident to see the details and history."));
        return;
    }
    const QDate today = QDate::currentDate();
    const QString idText = reveal ? r->idNumber : IdNumber::mask(r->idNumber);
    const QString phoneText = reveal ? r->phone : PhoneNumber::mask(r->phone);
    m_summary->setText(tr("<h3>%1</h3>%2, %3 years<br>ID: %4<br>Phone: %5<br>%6<br>%7, %8")
                           .arg(r->name.toHtmlEscaped(), RegisterTypes::genderLabel(r->gender))
                           .arg(r->birthDate.isValid() ? Age::fullYears(r->birthDate, today) : 0)
                           .arg(idText.isEmpty() ? tr("none") : idText, phoneText.isEmpty() ? tr("none") : phoneText,
                                store.householdAddress(r->householdId).toHtmlEscaped(),
                                RegisterTypes::residencyLabel(r->residencyType),
                                r->status == QLatin1String("merged")
                                    ? RegisterTypes::mergedLabel(store.mergedIntoName(r->id))
                                    : RegisterTypes::statusLabel(r->status)));
    for (const Resident &m : store.members(r->householdId)) {
        auto *item = new QTreeWidgetItem(m_members, {m.name, RegisterTypes::relationLabel(m.relation),
                                                     QString::number(Age::fullYears(m.birthDate, today)),
                                                     RegisterTypes::statusLabel(m.status)});
        if (m.id == r->id) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        }
    }
    for (const ResidentChange &c : store.history(residentId)) {
        QStringList details;
        if (!c.fromAddress.isEmpty())
            details << tr("from %1").arg(c.fromAddress);
        if (!c.toAddress.isEmpty())
            details << tr("to %1").arg(c.toAddress);
        if (!c.note.isEmpty())
            details << c.note;
        new QTreeWidgetItem(m_history, {c.date.toString(QStringLiteral("yyyy-MM-dd")), changeLabel(c.kind),
                                        details.join(QStringLiteral("; "))});
    }
}
