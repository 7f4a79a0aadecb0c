#pragma once

#include "importcleaner.h"
#include "importmapping.h"
#include "importrow.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

class ImportSource;

// Reads and cleans the rows of an import on a thread of its own while the caller writes the rows
// before them: at a million rows reading, cleaning and the pinyin keys are as much work as
// SQLite's, and a second core can do them. Batches go through a bounded queue, so memory stays a
// few thousand rows whatever the file's size. The source and the cleaner belong to the reader
// thread from start() until finish().
class RowPipeline final
{
public:
    struct Item
    {
        enum class Kind { Person, Blank, Footer };
        Kind kind = Kind::Person;
        ImportRow row;       // cleaned (for a Person); rowNumber for every kind
        QString rowProblem;  // ImportSource::rowProblem() of the row
        double progress = 0; // the source's, after this row
    };

    RowPipeline(ImportSource &source, const ImportCleaner &cleaner, const ImportMapping &mapping);
    ~RowPipeline();
    Q_DISABLE_COPY_MOVE(RowPipeline)

    void start();
    // The next row in file order; false at the end of the file (or after stop()).
    bool next(Item *item);
    // Ends the reader early (cancel, failure) and waits for it; harmless after the end.
    void stop();

private:
    void read();

    ImportSource &m_source;
    const ImportCleaner &m_cleaner;
    ImportMapping m_mapping;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_full; // batches read, not yet taken
    std::vector<Item> m_batch;            // the batch being taken by next()
    size_t m_taken = 0;
    bool m_done = false; // the reader reached the end
    bool m_stop = false; // the caller wants no more
};
