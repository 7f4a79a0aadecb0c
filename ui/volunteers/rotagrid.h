#pragma once

#include "models/volunteers/volunteerreports.h"

#include <QTableWidget>

// The week's rota on screen: posts down, days across, each cell the shifts with their
// volunteers (under-staffed cells tinted). Volunteers dragged from the list are dropped onto
// a cell to be assigned.
class RotaGrid final : public QTableWidget
{
    Q_OBJECT

public:
    explicit RotaGrid(QWidget *parent = nullptr);

    void setWeek(const VolunteerReports::RotaWeek &week);
    const VolunteerReports::RotaWeek &week() const { return m_week; }
    // The shifts of a cell, by start.
    QList<RosterStore::Shift> shiftsAt(int row, int column) const;
    // The cell holding a shift, or (-1, -1).
    QPoint cellOfShift(qint64 shiftId) const;

signals:
    void volunteersDropped(const QList<qint64> &volunteerIds, int row, int column);

protected:
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool dropMimeData(int row, int column, const QMimeData *data, Qt::DropAction action) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;

private:
    VolunteerReports::RotaWeek m_week;
};
