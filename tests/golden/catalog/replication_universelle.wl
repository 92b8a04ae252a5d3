// Les fonctions de réplication universelle (réplications .wer de ReplicEdit) se
// compilent, et s'arrêtent en disant ce qu'il leur faut ; noms français, toute casse.
Essaie("ouvre")  // expect: ouvre
// expect: ReplicOuvre is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Essaie("info")  // expect: info
// expect: REPLICINFO is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Essaie("initialise")  // expect: initialise
// expect: ReplicInitialise is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Essaie("synchronise")  // expect: synchronise
// expect: replicsynchronise is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Essaie("abonnement")  // expect: abonnement
// expect: ReplicSupprimeAbonnement is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").

PROCÉDURE Essaie(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "ouvre": ReplicOuvre("MaRéplication") // wl: ignore[WL103]
		CAS "info": Trace(REPLICINFO("MaRéplication", 1)) // wl: ignore[WL103]
		CAS "initialise": ReplicInitialise("MaRéplication", 47012) // wl: ignore[WL103]
		CAS "synchronise": replicsynchronise("MaRéplication") // wl: ignore[WL103]
		CAS "abonnement": ReplicSupprimeAbonnement("MaRéplication") // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
