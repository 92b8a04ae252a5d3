// HFSQL Client/Server administration and HFSQL engine functions (users, backups, cluster,
// logs, replication, xBase) compile, and stop with an error saying what they need.
Try("user")  // expect: user
// expect: HAddUser is an HFSQL Client/Server function: needs an HFSQL Client/Server (wlinterp's data files are tables in SQLite or PostgreSQL: no HFSQL server, users, backups, scheduling, cluster or notifications; docs/hfsql.md, "Server functions").
Try("backup")  // expect: backup
// expect: HBackup is an HFSQL Client/Server function: needs an HFSQL Client/Server (wlinterp's data files are tables in SQLite or PostgreSQL: no HFSQL server, users, backups, scheduling, cluster or notifications; docs/hfsql.md, "Server functions").
Try("cluster")  // expect: cluster
// expect: HClusterStart is an HFSQL Client/Server function: needs an HFSQL Client/Server (wlinterp's data files are tables in SQLite or PostgreSQL: no HFSQL server, users, backups, scheduling, cluster or notifications; docs/hfsql.md, "Server functions").
Try("log")  // expect: log
// expect: HLogStop is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Try("xbase")  // expect: xbase
// expect: HDBOpen is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Try("html")  // expect: html
// expect: HTMLClassAdd is a WEBDEV page function: not available outside a WEBDEV site.

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "user": HAddUser("MyConnection") // wl: ignore[WL103]
		CASE "backup": HBackup("MyConnection", "b") // wl: ignore[WL103]
		CASE "cluster": HClusterStart("MyCluster") // wl: ignore[WL103]
		CASE "log": HLogStop("Customer") // wl: ignore[WL103]
		CASE "xbase": HDBOpen("Customer", "c:\\data\\customer.dbf") // wl: ignore[WL103]
		CASE "html": HTMLClassAdd("div1", "active") // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END
