// NetworkUser is the login name here (no separate network log-on on POSIX); ProjectInfo
// knows the program's name and nothing a compiled project or a WEBDEV site would give.
Trace(NetworkUser() = SysUserName(), Length(NetworkUser()) > 0) // expect: 1, 1
Trace(ProjectInfo(piProjectName)) // expect: network_user_project_info
Trace(ProjectInfo()) // expect: network_user_project_info
Trace("[" + ProjectInfo(piNameDeployedSite) + "]", "[" + ProjectInfo(piAnalysis) + "]") // expect: [], []
Trace("[" + ProjectInfo(piApplicationEmail) + "]") // expect: []
EndProgram("Excel is not installed", False) // expect stderr: Excel is not installed
Trace("never printed")
