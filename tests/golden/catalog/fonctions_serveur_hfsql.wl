// Les fonctions d'administration HFSQL Client/Serveur et du moteur HFSQL (utilisateurs,
// sauvegardes, réplication, journal) se compilent et s'arrêtent en disant ce qu'il leur faut.
Essaie("utilisateur")  // expect: utilisateur
// expect: HAjouteUtilisateur is an HFSQL Client/Server function: needs an HFSQL Client/Server (wlinterp's data files are tables in SQLite or PostgreSQL: no HFSQL server, users, backups, scheduling, cluster or notifications; docs/hfsql.md, "Server functions").
Essaie("sauvegarde")  // expect: sauvegarde
// expect: HSauvegarde is an HFSQL Client/Server function: needs an HFSQL Client/Server (wlinterp's data files are tables in SQLite or PostgreSQL: no HFSQL server, users, backups, scheduling, cluster or notifications; docs/hfsql.md, "Server functions").
Essaie("droits")  // expect: droits
// expect: HINFODROITSERVEUR is an HFSQL Client/Server function: needs an HFSQL Client/Server (wlinterp's data files are tables in SQLite or PostgreSQL: no HFSQL server, users, backups, scheduling, cluster or notifications; docs/hfsql.md, "Server functions").
Essaie("journal")  // expect: journal
// expect: HJournalStop is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").
Essaie("réplica")  // expect: réplica
// expect: HSynchroniseRéplica is an HFSQL engine function: needs HFSQL's own file engine (logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; docs/hfsql.md, "Server functions").

PROCÉDURE Essaie(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "utilisateur": HAjouteUtilisateur("MaConnexion") // wl: ignore[WL103]
		CAS "sauvegarde": HSauvegarde("MaConnexion", "s") // wl: ignore[WL103]
		CAS "droits": Trace(HINFODROITSERVEUR("MaConnexion", "Dupont", 1)) // wl: ignore[WL103]
		CAS "journal": HJournalStop("Client") // wl: ignore[WL103]
		CAS "réplica": HSynchroniseRéplica("maitre", "abonne") // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
