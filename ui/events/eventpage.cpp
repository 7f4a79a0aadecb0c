#include "eventpage.h"

#include "eventdialog.h"
#include "models/access/accessscope.h"
#include "models/events/eventstore.h"
#include "models/events/eventtablemodel.h"
#include "models/grids/gridstore.h"
#include "models/paper/papersheets.h"
#include "models/revisions/eventsnapshot.h"
#include "ui/common/revisioncommand.h"
#include "ui/paper/paperkeyindialog.h"
#include "ui/paper/papersheetsaver.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

EventPage::EventPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : ListPage(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    // Events are the whole community's: every grid is offered, whoever is signed in.
    QList<std::pair<QString, qint64>> grids{{tr("Community-wide"), -1}};
    for (const Grid &g : GridStore(m_db, m_scope).grids())
        grids.append({g.name, g.id});
    addFilters(grids, typeEntries(), tr("Search title, place, organiser…"));

    QPushButton *add = addButton(tr("New event…"), [this] { newEvent(); });
    add->setObjectName(QStringLiteral("newEvent"));
    QPushButton *edit = addButton(tr("Edit…"), [this] { editEvent(); });
    QPushButton *cancel = addButton(tr("Cancel event"), [this] { cancelEvent(); });
    QPushButton *signIn = addButton(tr("&Sign-in sheet…"), [this] { printSignInSheet(); });
    signIn->setObjectName(QStringLiteral("printSignInSheet"));
    signIn->setToolTip(tr("The selected event's sign-in sheet, a code on every row, to tick and key back"));
    QPushButton *keyBack = addButton(tr("Key &back…"), [this] { keyBackSheet(); });
    keyBack->setObjectName(QStringLiteral("keyBackSheet"));
    keyBack->setToolTip(tr("Key in the ticked rows of a sheet that came back"));
    m_model = new EventTableModel(m_db, m_scope, this);
    connect(m_model, &EventTableModel::countChanged, this, &EventPage::showCount);
    QToolButton *typeMenu = addTable(m_model, QStringLiteral("events"), tr("events.xlsx"), tr("%1 events exported."));
    addSavedViews(m_db, m_scope, QStringLiteral("events"));
    // A viewer reads only (EventStore refuses the same).
    for (QWidget *w : std::initializer_list<QWidget *>{add, edit, cancel, signIn, keyBack, typeMenu})
        w->setEnabled(m_scope.canEdit());
    view()->horizontalHeader()->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    view()->setColumnWidth(EventTableModel::Date, 170);
    view()->setColumnWidth(EventTableModel::Grid, 130);
    connect(view(), &QTableView::doubleClicked, this, &EventPage::editEvent);
    applyFilter();
}

ListPage::Entries EventPage::typeEntries()
{
    return {QStringLiteral("type"),
            tr("All types"),
            tr("Event types"),
            tr("Add type…"),
            tr("Rename type…"),
            tr("Archive type…"),
            {tr("Add event type"), tr("Rename event type"), tr("Archive event type"), tr("Name:"),
             tr("Choose the type in the list first."),
             tr("Archive \"%1\"? Events of this type keep it; new events cannot choose it.")},
            [this] { return EventStore(m_db, m_scope).types(); },
            [this](ListEntry &t) { return EventStore(m_db, m_scope).saveType(t); },
            [this](qint64 id) { return EventStore(m_db, m_scope).archiveType(id); }};
}

void EventPage::applyFilter()
{
    EventFilter f;
    f.from = from();
    f.to = to();
    f.gridId = gridId();
    f.typeId = entryId();
    f.text = searchText();
    m_model->setFilter(f);
    showCount(m_model->totalCount());
}

QString EventPage::countText(int rows) const
{
    return tr("%n event(s)", nullptr, rows);
}

void EventPage::refresh()
{
    m_model->reload();
}

qint64 EventPage::currentEventId() const
{
    const QModelIndex index = view()->currentIndex();
    return index.isValid() ? m_model->eventId(index.row()) : 0;
}

void EventPage::newEvent()
{
    openEvent(0);
}

void EventPage::editEvent()
{
    if (const qint64 id = currentEventId())
        openEvent(id);
}

void EventPage::openEvent(qint64 id)
{
    std::optional<Event> before = id ? EventSnapshot::load(m_db, m_scope, id) : std::nullopt;
    EventDialog dialog(m_db, m_scope, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<EventSnapshot>(this, m_db, m_scope, std::move(before), dialog.savedEventId(),
                                                  [this] { refresh(); });
        refresh();
        emit statusMessage(tr("Event saved."));
    }
}

void EventPage::cancelEvent()
{
    const qint64 id = currentEventId();
    if (id && confirmChange(tr("Cancel event"), tr("Mark this event as cancelled? It stays in the list, greyed out."),
                            [&] { return EventStore(m_db, m_scope).cancel(id); }))
        emit statusMessage(tr("Event cancelled."));
}

void EventPage::printSignInSheet()
{
    const qint64 id = currentEventId();
    if (!id) {
        emit statusMessage(tr("Choose the event in the list first."));
        return;
    }
    bool ok = false;
    const int minAge = QInputDialog::getInt(this, tr("Sign-in sheet"),
                                            tr("Besides those listed, the residents of the event's grid aged at "
                                               "least (0: everyone):"),
                                            0, 0, 120, 1, &ok);
    if (!ok)
        return;
    const QString title = view()->currentIndex().siblingAtColumn(EventTableModel::Title).data().toString();
    QString message;
    const auto make = [this, id, minAge] {
        PaperSheets sheets(m_db, m_scope);
        return sheets.signIn(id, sheets.invitees(id, minAge));
    };
    if (PaperSheetSaver::save(this, tr("sign-in sheet %1.pdf").arg(title), make, &message))
        emit statusMessage(message);
}

void EventPage::keyBackSheet()
{
    PaperKeyInDialog dialog(m_db, m_scope, this);
    dialog.exec();
    refresh();
}
