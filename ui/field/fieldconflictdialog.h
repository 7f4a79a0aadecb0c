#pragma once

#include "models/field/fieldmerge.h"
#include "models/field/fieldmergereport.h"

#include <functional>
#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The merge of a field copy, for the clerk: each conflict as record and field with the office's
// and the field's version side by side; the clerk picks a side per conflict, then the merge runs
// with those decisions and the dialog shows its report (which can be saved as CSV).
// Keyboard: Up/Down between conflicts, Left/O the office's value, Right/F the field's, Enter
// merges once every conflict is decided. Clicking a version picks it too.
// `apply` runs the merge with the decisions (FieldMerge::setDecisions + merge) and returns its
// result; showResult() shows a result on its own (a merge that needed no decisions).
class FieldConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<FieldMerge::Result(const QHash<QString, FieldConflict::Choice> &)>;

    FieldConflictDialog(const QList<FieldConflict> &conflicts, Apply apply, QWidget *parent = nullptr);

    // The whole merge as the File menu's 外业副本 → 合并… runs it: merges `field` into `office`;
    // with conflicts the clerk decides them here first; then the report. A refusal or failure is
    // a message box. Returns the last result.
    static FieldMerge::Result mergeInteractively(const QSqlDatabase &office, const AccessScope &scope,
                                                 const QSqlDatabase &field, QWidget *parent);

    QHash<QString, FieldConflict::Choice> decisions() const;
    int undecidedCount() const;
    bool isShowingReport() const;
    const FieldMerge::Result &result() const { return m_result; }
    void showResult(const FieldMerge::Result &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row, FieldConflict::Choice choice);
    void chooseAll(FieldConflict::Choice choice);
    void applyDecisions();
    void refreshRow(int row);
    void refreshStatus();
    void saveReport();

    QList<FieldConflict> m_conflicts;
    Apply m_apply;
    FieldMerge::Result m_result;
    QStackedWidget *m_pages = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_report = nullptr;
};
