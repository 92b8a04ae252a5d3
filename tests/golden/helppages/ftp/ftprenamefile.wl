// Help page FTPRenameFile ?3040005: its example as written. The page's excerpt starts at
// the call, with the connection number 7 and Res undeclared: Res is declared here, and no
// FTPConnect gave 7, so the call fails, non-fatally (False, ErrorOccurred), naming the
// connection. The rename itself on a real server: tests/stdlib/test_ftp.py.
Res is boolean
// The "/Documents/File.txt" file is renamed "/Documents/Draft.txt"
Res = FTPRenameFile(7, "/Documents/File.txt", "/Documents/Draft.txt")
Trace(Res, ErrorOccurred)   // expect: 0, 1
Trace(ErrorInfo(errMessage))   // expect: FTPRenameFile: there is no FTP connection number 7 (FTPConnect gives it).
