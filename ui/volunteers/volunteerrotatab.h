#pragma once

#include "models/access/accessscope.h"

#include "volunteertab.h"

class QLabel;
class QTableView;
class RotaGrid;
class VolunteerTableModel;

// The week's rota: posts and their shifts, volunteers assigned by dragging them onto a shift
// or with the picker, swaps, and the printed rota.
class VolunteerRotaTab final : public VolunteerTab
{
    Q_OBJECT

public:
    VolunteerRotaTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    RotaGrid *rotaGrid() const { return m_rota; }
    QTableView *volunteerView() const { return m_rotaVolunteerView; }
    QDate monday() const { return m_monday; }
    void setWeek(const QDate &anyDay);
    // Writes the week's rota as PDF; false with *error on failure.
    bool exportRotaPdf(const QString &path, QString *error = nullptr) const;
    void refresh() override;

public slots:
    void newPost();
    void editPost();
    void makeShifts();
    // The picker for the selected rota cell (a menu first when it holds several shifts).
    void assignToSelected();
    void swapShifts();
    void printRota();
    void saveRotaPdf();
    // The week's rota with a code per row to tick and key back (PaperSheets), and keying it back.
    void printKeyBackRota();
    void keyBackSheet();

signals:
    // The week shown changed (its Monday), after the rota was reloaded.
    void weekChanged(const QDate &monday);

private:
    void reloadRota();
    void dropVolunteers(const QList<qint64> &ids, int row, int column);
    // The shift of a rota cell: the only one, or the one chosen from a menu; 0 if none.
    qint64 chooseShift(int row, int column);

    QDate m_monday;
    QDateEdit *m_week = nullptr;
    RotaGrid *m_rota = nullptr;
    VolunteerTableModel *m_rotaVolunteers = nullptr;
    QTableView *m_rotaVolunteerView = nullptr;
    QLabel *m_rotaSummary = nullptr;
};
