#pragma once

#include "models/access/accessscope.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>
#include <utility>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class ResidentTableModel;

// Who came to a meeting or event: residents searched in the register (name, initials or ID;
// numbers shown masked) and added to a list, plus a head count of others not listed.
// Keyboard: type, Up/Down to choose a hit, Enter to add it; Delete removes from the list.
// Enter never reaches the dialog's default button from here, so it cannot save half a form.
// The wording of the add button and the head count belongs to the dialog (its own tr() context).
class AttendeePicker final : public QWidget
{
    Q_OBJECT

public:
    AttendeePicker(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setAddButtonText(const QString &text);
    void setHeadCountText(const QString &text);

    // The chosen residents as loaded with a record (id, name); replaces the list.
    void setResidents(const QList<std::pair<qint64, QString>> &residents);
    QList<qint64> residentIds() const;
    void setHeadCount(int count);
    int headCount() const;
    // Listed residents plus the head count.
    int total() const;

    void search(const QString &text);
    // Adds the n-th hit of the search; false when there is no such hit or it is already listed.
    bool addHit(int row);
    void removeSelected();

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *hits() const { return m_hits; }
    QListWidget *chosen() const { return m_chosen; }
    QSpinBox *headCountSpin() const { return m_headCount; }
    // Filled in on changed() by AttendeeBox, in the form's words.
    QLabel *totalLabel() const { return m_total; }

signals:
    // The list or the head count changed.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addSelectedHits();
    void moveHit(int step);
    void selectFirstHit();

    ResidentTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_hits = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_chosen = nullptr;
    QLabel *m_headCountLabel = nullptr;
    QSpinBox *m_headCount = nullptr;
    QLabel *m_total = nullptr;
};
