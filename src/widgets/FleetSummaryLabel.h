#pragma once

#include <QLabel>
#include <QTimer>

#include <functional>
#include <optional>

struct Instance;

class QAbstractItemModel;

// The status bar's "3 running · $7.42/h" summary over the instance table (all accounts, not
// the filtered view): running instances and what they cost per hour together. Display only.
class FleetSummaryLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSummaryLabel)

public:
    explicit FleetSummaryLabel(QWidget *parent = nullptr);
    ~FleetSummaryLabel() override = default;

    // An InstanceTableModel (its StatusRole and InstanceRole are read).
    void setModel(QAbstractItemModel *model);
    // Where a running instance's price comes from when the provider gives none (user prices,
    // product lists); default: Instance::pricePerHour only.
    void setPriceLookup(std::function<std::optional<double>(const Instance &)> lookup);
    [[nodiscard]] int runningCount() const { return m_running; }
    [[nodiscard]] double pricePerHour() const { return m_price; }
    // Recomputes now instead of at the next event-loop turn.
    void recount();

private:
    QAbstractItemModel *m_model = nullptr;
    std::function<std::optional<double>(const Instance &)> m_priceLookup;
    QTimer m_coalesce; // one recount per burst of model signals
    int m_running = 0;
    double m_price = 0;
    bool m_priceUnknown = false;
};
