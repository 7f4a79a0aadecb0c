// libFuzzer target: XlsxReader (QuaZip + QXmlStreamReader) on an arbitrary file.
#include "models/importing/xlsxreader.h"

#include <cstdint>
#include <QFile>
#include <QTemporaryFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryFile file(QStringLiteral("xlsxfuzz-XXXXXX.xlsx"));
    if (!file.isOpen() && !file.open())
        return 0;
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.flush();
    XlsxReader reader;
    if (!reader.open(file.fileName()))
        return 0;
    QStringList cells;
    int row = 0;
    int rows = 0;
    while (reader.readRow(&cells, &row) && rows++ < 100000) {
    }
    return 0;
}
