/*
 * A stand-in for Windows's bcryptprimitives.dll, for running Tandem's
 * Windows build under Debian 12's Wine 8.0 only; it is never shipped.
 *
 * Go 1.21 and newer fill their random source with ProcessPrng from
 * bcryptprimitives.dll, which the runtime loads from System32 at start.
 * Wine 8.0 has no such export, so every Go program for Windows stops with
 * "bcryptprimitives.dll not found". This DLL exports ProcessPrng over
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has; test-windows.sh
 * builds it with MinGW-w64 and copies it into a throwaway Wine prefix.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* ProcessPrng fills data with len random bytes; it is documented never to
 * fail, but says FALSE if RtlGenRandom does. */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
