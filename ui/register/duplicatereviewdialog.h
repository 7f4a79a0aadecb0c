#pragma once

#include "models/access/accessscope.h"
#include "models/dedupe/duplicatepair.h"
#include "models/register/resident.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTableWidgetItem;

// 疑似重复人员: the residents who are probably one person (DuplicateFinder), a pair at a time
// side by side with the differing fields highlighted. The clerk picks the record to keep and,
// by ticking a cell, which value of each field it keeps, then merges (ResidentMerger) or says
// "not the same person"; the last merges can be undone from the list at the bottom.
class DuplicateReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    DuplicateReviewDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    // Whether a merge, undo or "not the same" was saved (the register list should reload).
    bool changed() const { return m_changed; }

private:
    void reloadPairs();
    void reloadMerges();
    void showPair(int row);
    void fillComparison();
    void takeFrom(int row, int column);
    QStringList fieldsFromOther() const;
    QString displayValue(const Resident &r, const QString &field) const;
    void merge();
    void markDistinct();
    void undoMerge();
    void report(const QString &message, bool ok);

    QSqlDatabase m_db;
    AccessScope m_scope;
    QList<DuplicatePair> m_pairs;
    Resident m_first;
    Resident m_second;
    bool m_filling = false;
    bool m_changed = false;

    QTableWidget *m_pairTable = nullptr;
    QTableWidget *m_comparison = nullptr;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_distinct = nullptr;
    QListWidget *m_merges = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_message = nullptr;
};
