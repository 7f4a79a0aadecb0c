#pragma once

#include <QWidget>

// Stands in for a module that is not built yet, and says so plainly.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};
