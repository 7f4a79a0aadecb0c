#include "rowpipeline.h"

#include "headerlocator.h"
#include "importsource.h"

namespace {

// A batch is a few hundred rows (one lock per batch, not per row); four batches in the queue
// keep the reader ahead of the writer without holding the file in memory.
constexpr size_t BatchRows = 512;
constexpr size_t QueuedBatches = 4;

bool blank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!ImportCleaner::trimmed(c).isEmpty())
            return false;
    return true;
}

} // namespace

RowPipeline::RowPipeline(ImportSource &source, const ImportCleaner &cleaner, const ImportMapping &mapping)
    : m_source(source)
    , m_cleaner(cleaner)
    , m_mapping(mapping)
{}

RowPipeline::~RowPipeline()
{
    stop();
}

void RowPipeline::start()
{
    m_thread = std::thread([this] { read(); });
}

void RowPipeline::read()
{
    std::vector<Item> batch;
    batch.reserve(BatchRows);
    QStringList cells;
    int rowNumber = 0;
    auto hand = [this, &batch] {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_full.size() < QueuedBatches; });
        if (m_stop)
            return false;
        m_full.push_back(std::move(batch));
        batch = {};
        batch.reserve(BatchRows);
        m_changed.notify_all();
        return true;
    };
    bool more = true;
    while (more && m_source.readRow(&cells, &rowNumber)) {
        Item item;
        if (blank(cells)) {
            item.kind = Item::Kind::Blank;
            item.row.rowNumber = rowNumber;
        } else if (HeaderLocator::isFooter(cells)) {
            item.kind = Item::Kind::Footer;
            item.row.rowNumber = rowNumber;
        } else {
            item.row = m_cleaner.clean(cells, rowNumber, m_mapping);
            item.rowProblem = m_source.rowProblem();
            item.row.nameKeys = ResidentSearchIndex::nameKeys(item.row.resident.name);
        }
        item.progress = m_source.progress();
        batch.push_back(std::move(item));
        if (batch.size() >= BatchRows)
            more = hand();
    }
    if (more && !batch.empty())
        hand();
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

bool RowPipeline::next(Item *item)
{
    if (m_taken >= m_batch.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_done || !m_full.empty(); });
        if (m_stop || m_full.empty())
            return false;
        m_batch = std::move(m_full.front());
        m_full.pop_front();
        m_taken = 0;
        m_changed.notify_all();
    }
    *item = std::move(m_batch[m_taken++]);
    return true;
}

void RowPipeline::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}
