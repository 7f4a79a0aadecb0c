#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLabel;
class QPlainTextEdit;

// Records what a pair's helper did for the household, and when; lists what was done before.
class PairActivityDialog final : public QDialog
{
    Q_OBJECT

public:
    PairActivityDialog(QSqlDatabase db, const AccessScope &scope, qint64 pairId, QWidget *parent = nullptr);
    void accept() override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    qint64 m_pairId = 0;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_what = nullptr;
    QLabel *m_error = nullptr;
};
