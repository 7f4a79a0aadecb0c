#include "mediationlisttab.h"
#include "ui/common/longwork.h"
#include "ui/common/revisioncommand.h"

#include "mediationdialog.h"
#include "models/mediation/agreementdocument.h"
#include "models/mediation/mediationstore.h"
#include "models/mediation/mediationtablemodel.h"
#include "models/mediation/mediationtypes.h"
#include "models/register/registerlookups.h"
#include "models/revisions/mediationsnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

MediationListTab::MediationListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : ListPage(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    QList<std::pair<QString, qint64>> grids;
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        if (m_scope.seesGrid(g.id))
            grids.append({g.name, g.id});
    addFilters(grids, kindEntries(), tr("Search matter, party or mediator…"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const MediationTypes::Choice &c : MediationTypes::statuses())
        m_status->addItem(c.label, c.code);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MediationListTab::applyFilter);
    addFilter(m_status);
    m_archived = new QCheckBox(tr("Show archived"), this);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    connect(m_archived, &QCheckBox::toggled, this, &MediationListTab::applyFilter);
    addFilter(m_archived);
    addSavedViews(m_db, m_scope, QStringLiteral("mediations"));

    // Each reachable by Alt and a letter, as on the other lists (Enter on a row opens it too).
    QPushButton *add = addButton(tr("&New mediation…"), [this] { newMediation(); });
    add->setObjectName(QStringLiteral("newMediation"));
    addButton(tr("E&dit…"), [this] { editMediation(); });
    QPushButton *archive = addButton(tr("A&rchive"), [this] { archiveMediation(); });
    addButton(tr("&Print agreement…"), [this] { printAgreement(); })->setObjectName(QStringLiteral("printAgreement"));
    m_model = new MediationTableModel(m_db, m_scope, this);
    QToolButton *kinds =
        addTable(m_model, QStringLiteral("mediations"), tr("mediations.xlsx"), tr("%1 mediations exported."));
    kinds->hide(); // the kinds of dispute are fixed
    add->setEnabled(m_scope.canEdit());
    archive->setEnabled(m_scope.canEdit());
    view()->horizontalHeader()->setSectionResizeMode(MediationTableModel::Matter, QHeaderView::Stretch);
    view()->setColumnWidth(MediationTableModel::Received, 100);
    view()->setColumnWidth(MediationTableModel::Parties, 160);
    // Enter or a double click opens the mediation.
    connect(view(), &QTableView::activated, this, &MediationListTab::editMediation);
    applyFilter();
}

ListPage::Entries MediationListTab::kindEntries()
{
    // A fixed list offered through the frame's entry filter; its menu is hidden, so nothing is saved.
    const auto refuse = [] {
        SaveResult r;
        r.errors.append({QString(), tr("The kinds of dispute are fixed."), 0});
        return r;
    };
    return {QStringLiteral("kind"),
            tr("All kinds"),
            tr("Kinds"),
            QString(),
            QString(),
            QString(),
            {},
            [] {
                QList<ListEntry> list;
                const QList<MediationTypes::Choice> kinds = MediationTypes::kinds();
                for (int i = 0; i < kinds.size(); ++i)
                    list.append({i + 1, kinds.at(i).code, kinds.at(i).label, i, false});
                return list;
            },
            [refuse](ListEntry &) { return refuse(); },
            [refuse](qint64) { return refuse(); }};
}

void MediationListTab::applyFilter()
{
    // The kind and status words are longer in English ("Marriage and family", "Agreement
    // fulfilled"): these columns take their words' width, the matter gives way. Set again with
    // every filter, since a remembered view's header state brings back the old fixed widths.
    for (const int column : {MediationTableModel::Kind, MediationTableModel::Status, MediationTableModel::Kept})
        if (view())
            view()->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    MediationFilter f;
    f.from = from();
    f.to = to();
    f.gridId = qMax<qint64>(0, gridId());
    const qint64 kind = entryId();
    f.kind = kind > 0 ? MediationTypes::kinds().value(int(kind - 1)).code : QString();
    f.status = m_status->currentData().toString();
    f.text = searchText();
    f.includeArchived = m_archived->isChecked();
    m_model->setFilter(f);
    showCount(m_model->rowCount());
}

QString MediationListTab::countText(int rows) const
{
    return tr("%n mediation(s)", nullptr, rows);
}

void MediationListTab::refresh()
{
    m_model->reload();
    showCount(m_model->rowCount());
}

qint64 MediationListTab::currentMediationId() const
{
    const QModelIndex index = view()->currentIndex();
    return index.isValid() ? m_model->mediationId(index.row()) : 0;
}

void MediationListTab::newMediation()
{
    Mediation start;
    start.receivedOn = QDate::currentDate();
    openMediation(0, start);
}

void MediationListTab::newFromCase(qint64 caseId)
{
    const std::optional<Mediation> start = MediationStore(m_db, m_scope).fromCase(caseId);
    if (!start) {
        QMessageBox::information(this, tr("Refer to mediation"), tr("This case is not one you may see."));
        return;
    }
    openMediation(0, *start);
}

void MediationListTab::editMediation()
{
    if (const qint64 id = currentMediationId())
        openMediation(id, Mediation());
}

void MediationListTab::openMediation(qint64 id, const Mediation &start)
{
    std::optional<Mediation> before = id ? MediationSnapshot::load(m_db, m_scope, id) : std::nullopt;
    MediationDialog dialog(m_db, m_scope, id, this, start);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Edit → Undo takes the save back (an added mediation is archived).
    RevisionCommand::pushSaved<MediationSnapshot>(this, m_db, m_scope, std::move(before), dialog.savedMediationId(),
                                                  [this] { refresh(); });
    refresh();
    const int row = m_model->rowOfMediation(dialog.savedMediationId());
    if (row >= 0)
        view()->selectRow(row);
    emit statusMessage(tr("Mediation saved."));
}

void MediationListTab::archiveMediation()
{
    const qint64 id = currentMediationId();
    std::optional<Mediation> before = id ? MediationSnapshot::load(m_db, m_scope, id) : std::nullopt;
    if (id && confirmChange(tr("Archive mediation"),
                            tr("Archive this mediation? It is kept in the records but no longer listed."),
                            [&] { return MediationStore(m_db, m_scope).archive(id); })) {
        if (before) {
            const QString text = tr("archive %1").arg(MediationSnapshot::name(*before));
            RevisionCommand::pushSaved<MediationSnapshot>(
                this, m_db, m_scope, std::move(before), id, [this] { refresh(); }, text);
        }
        emit statusMessage(tr("Mediation archived."));
    }
}

bool MediationListTab::writeAgreement(qint64 mediationId, const QString &path, QString *error) const
{
    const std::optional<Mediation> m = MediationStore(m_db, m_scope).mediation(mediationId);
    if (!m) {
        if (error)
            *error = tr("This mediation no longer exists.");
        return false;
    }
    return AgreementDocument(m_db, m_scope, *m).writePdf(path, error);
}

void MediationListTab::printAgreement()
{
    const qint64 id = currentMediationId();
    if (!id) {
        QMessageBox::information(this, tr("Print agreement"), tr("Choose a mediation in the list first."));
        return;
    }
    const QString suggested = QDir::home().filePath(tr("mediation-agreement-%1.pdf").arg(id));
    const QString path = QFileDialog::getSaveFileName(this, tr("Print agreement"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
    LongWork work(tr("Print agreement"), tr("Writing the agreement…"), window());
    work.step(-1.0);
    QString error;
    if (!work.writeFile(
            path, [&](const QString &part, QString *e) { return writeAgreement(id, part, e); }, &error)) {
        work.fail(error);
        return;
    }
    const QString done = tr("Agreement written to %1.").arg(QDir::toNativeSeparators(path));
    emit statusMessage(done);
    work.finish(done, path);
}
