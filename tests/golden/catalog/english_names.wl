// English names of window, map, menu and Windows functions (catalogued with their French
// names) compile, and stop with an error naming their family when they are reached.
Try("iconize")  // expect: iconize
// expect: Iconize is a window function: not available outside the IDE (wlinterp runs code without windows).
Try("menu")  // expect: menu
// expect: MenuAddOption is a window function: not available outside the IDE (wlinterp runs code without windows).
Try("map")  // expect: map
// expect: MapAddMarker is a window function: not available outside the IDE (wlinterp runs code without windows).
Try("mac")  // expect: mac
// expect: NetOpenRemoteAccess is a socket/HTTP function: not implemented by wlinterp yet.
Try("profiler")  // expect: profiler
// expect: ProfilerStart is a function of the WINDEV environment: not available outside WINDEV (components, libraries, the profiler and application updates need its runtime).

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "iconize": Iconize() // wl: ignore[WL103]
		CASE "menu": MenuAddOption("MENU_Main", "Refresh", Nothing) // wl: ignore[WL103]
		CASE "map": MapAddMarker(MAP_Stores, 45.76, 4.83) // wl: ignore[WL103]
		CASE "mac": NetOpenRemoteAccess("192.168.1.10") // wl: ignore[WL103]
		CASE "profiler": ProfilerStart("run.wpf") // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END

PROCEDURE Nothing()
