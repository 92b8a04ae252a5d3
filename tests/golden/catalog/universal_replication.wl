// The universal replication functions (ReplicEdit's .wer replications, ?1000017194,
// ?1000017195, ?1000017196) compile, and stop with an error saying what they need.
Try("open")  // expect: open
// expect: ReplicOpen is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Try("info")  // expect: info
// expect: ReplicInfo is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Try("init")  // expect: init
// expect: ReplicInitialize is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Try("sync")  // expect: sync
// expect: ReplicSynchronize is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Try("delete")  // expect: delete
// expect: ReplicDeleteSubscription is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "open": ReplicOpen("MyReplication") // wl: ignore[WL103]
		CASE "info": Trace(ReplicInfo("MyReplication", 1)) // wl: ignore[WL103]
		CASE "init": ReplicInitialize("MyReplication", 47012) // wl: ignore[WL103]
		CASE "sync": ReplicSynchronize("MyReplication") // wl: ignore[WL103]
		CASE "delete": ReplicDeleteSubscription("MyReplication") // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END
