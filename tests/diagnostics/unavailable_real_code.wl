// WINDEV functions real code calls that need windows, ActiveX or a device: WL103, not WL102
Event(OnMouseMove, "WIN_Main", 512) // error: WL103:1 Event is a window function: not available outside the IDE (wlinterp runs code without windows).
Trace(CurrentWin()) // error: WL103:7 CurrentWin is a window function: not available outside the IDE (wlinterp runs code without windows).
BTActive(True) // error: WL103:1 BTActive is a device function: not available in wlinterp (Bluetooth, sensors, phone, contacts, barcode readers and other devices are not supported).
Trace(NetworkUser() <> "", ProjectInfo(piProjectName))
PROCEDURE OnMouseMove()
