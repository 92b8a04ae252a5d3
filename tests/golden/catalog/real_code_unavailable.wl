// Window, ActiveX and device functions that real code calls compile, and stop with an
// error naming their family when they are reached.
Try("event")  // expect: event
// expect: Event is a window function: not available outside the IDE (wlinterp runs code without windows).
Try("currentwin")  // expect: currentwin
// expect: CurrentWin is a window function: not available outside the IDE (wlinterp runs code without windows).
Try("bluetooth")  // expect: bluetooth
// expect: BTActive is a device function: not available in wlinterp (Bluetooth, sensors, phone, contacts, barcode readers and other devices are not supported).
Try("ftp")  // expect: ftp
// expect: FTPProxy is a socket/HTTP function: not implemented by wlinterp yet.
Trace(NetworkUser() <> "")  // expect: 1

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "event": Event(Nothing, "WIN_Main", 512) // wl: ignore[WL103]
		CASE "currentwin": Trace(CurrentWin()) // wl: ignore[WL103]
		CASE "bluetooth": BTActive(True) // wl: ignore[WL103]
		CASE "ftp": FTPProxy("proxy", 21) // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END

PROCEDURE Nothing()
