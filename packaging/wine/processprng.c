/* For tests under Wine only; never shipped.
 *
 * Rust's standard library (1.78 and later) gets its random numbers from
 * ProcessPrng in bcryptprimitives.dll, which every Windows 10 and 11 has and
 * Debian's Wine 8 lacks: without it no Rust program starts there. This
 * stand-in DLL answers with RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. packaging/test-windows.sh builds it with mingw-w64 and
 * puts it in the Wine prefix's system32. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
