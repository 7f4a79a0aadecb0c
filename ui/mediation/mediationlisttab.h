#pragma once

#include "models/access/accessscope.h"

#include "ui/common/listpage.h"

#include <QSqlDatabase>

struct Mediation;
class MediationTableModel;
class QCheckBox;
class QComboBox;

// The mediation ledger's tab (矛盾调解): filtered by the day received, grid, kind, status and a
// search (matter, party, mediator); new, edit, archive, the agreement (调解协议书) as an A4 PDF,
// export and print through the list frame.
class MediationListTab final : public ListPage
{
    Q_OBJECT

public:
    MediationListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    MediationTableModel *model() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }
    qint64 currentMediationId() const;
    bool writeAgreement(qint64 mediationId, const QString &path, QString *error = nullptr) const;

public slots:
    void newMediation();
    // 转人民调解: a new mediation taken from the case.
    void newFromCase(qint64 caseId);
    void editMediation();
    void archiveMediation();
    void printAgreement();
    void refresh() override;

protected:
    void applyFilter() override;
    QString countText(int rows) const override;

private:
    Entries kindEntries();
    void openMediation(qint64 id, const Mediation &start);

    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    MediationTableModel *m_model = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_archived = nullptr;
};
