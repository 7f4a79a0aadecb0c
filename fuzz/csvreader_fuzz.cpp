// libFuzzer target: CsvReader on arbitrary bytes (encoding detection, quoting, chunking).
#include "models/importing/csvreader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CsvReader reader;
    if (!reader.setData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))))
        return 0;
    QStringList cells;
    int row = 0;
    int rows = 0;
    while (reader.readRow(&cells, &row) && rows++ < 100000)
        Q_ASSERT(row == rows);
    reader.progress();
    return 0;
}
