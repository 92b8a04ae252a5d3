// SysDir's folders (no page stored: the mapping is ours, docs/builtins.md "System
// folders"): on Linux the XDG folders, read from the environment, which the program sets
// here with SysChangeEnvironment so that the results do not depend on the machine (and
// puts back as they were at the end: the tests run in one process).
arrNames is array of strings = ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_DESKTOP_DIR", ...
	"XDG_DOCUMENTS_DIR", "XDG_PICTURES_DIR", "XDG_MUSIC_DIR", "XDG_VIDEOS_DIR", ...
	"XDG_DOWNLOAD_DIR", "XDG_TEMPLATES_DIR"]
arrBefore is array of strings
FOR EACH sName OF arrNames
	arrBefore.Add(EnvValue(sName))
END
SysChangeEnvironment("XDG_CONFIG_HOME", "/home/ana/.config")
SysChangeEnvironment("XDG_DATA_HOME", "/home/ana/.local/share")
SysChangeEnvironment("XDG_DESKTOP_DIR", "/home/ana/Bureau")
SysChangeEnvironment("XDG_DOCUMENTS_DIR", "/home/ana/Docs")
SysChangeEnvironment("XDG_PICTURES_DIR", "/home/ana/Photos")
SysChangeEnvironment("XDG_MUSIC_DIR", "/home/ana/Son")
SysChangeEnvironment("XDG_VIDEOS_DIR", "/home/ana/Films")
SysChangeEnvironment("XDG_DOWNLOAD_DIR", "/home/ana/In")
SysChangeEnvironment("XDG_TEMPLATES_DIR", "/home/ana/Models")
Trace(SysDir(srAppData))           // expect: /home/ana/.config
Trace(SysDir(srLocalAppData))      // expect: /home/ana/.local/share
Trace(SysDir(srCommonAppData))     // expect: /var/lib
Trace(SysDir(srDesktop))           // expect: /home/ana/Bureau
Trace(SysDir(srMyDocuments))       // expect: /home/ana/Docs
Trace(SysDir(srCommonDocuments))   // expect: /usr/share/doc
Trace(SysDir(srMyPictures))        // expect: /home/ana/Photos
Trace(SysDir(srMyMusic))           // expect: /home/ana/Son
Trace(SysDir(srMyVideos))          // expect: /home/ana/Films
Trace(SysDir(srDownloads))         // expect: /home/ana/In
Trace(SysDir(srTemplates))         // expect: /home/ana/Models
Trace(SysDir(srProgramFiles))      // expect: /usr/local
Trace(SysDir(srFonts))             // expect: /home/ana/.local/share/fonts
Trace(SysDir(srUserProfile) = EnvValue("HOME"))   // expect: 1
Trace(SysDir(srTemp) <> "")        // expect: 1
// Windows' own folders: "" and a non-fatal error naming the folder
Trace("[" + SysDir(srWindows) + "]", ErrorOccurred)     // expect: [], 1
Trace(ErrorInfo())  // expect: SysDir: srWindows is a Windows folder: there is none on this system.
Trace("[" + SysDir(srSystem) + "]", ErrorOccurred)      // expect: [], 1
Trace("[" + SysDir(srStartMenu) + "]", ErrorOccurred)   // expect: [], 1
Trace("[" + SysDir(srStartup) + "]", ErrorOccurred)     // expect: [], 1
Trace("[" + SysDir(srFavorites) + "]", ErrorOccurred)   // expect: [], 1
Trace("[" + SysDir(srRecent) + "]", ErrorOccurred)      // expect: [], 1
FOR i = 1 _TO_ arrNames.Count
	SysChangeEnvironment(arrNames[i], arrBefore[i])
END
Trace(EnvValue("XDG_DOCUMENTS_DIR") <> "/home/ana/Docs")   // expect: 1

// The value of an environment variable, read from SysEnvironment's "NAME=value" lines
PROCEDURE EnvValue(sName is string)
FOR EACH STRING sLine OF SysEnvironment() SEPARATED BY CR
	IF sLine [= sName + "=" THEN RESULT Middle(sLine, Length(sName) + 2)
END
RESULT ""
