; ShareTidy: the Windows installer (Inno Setup 6.3 or later), one per-machine install
; that IT can roll out silently to every PC (see docs/it.md).
;
; Compile after `python installer/build.py` has made dist\sharetidy\:
;
;   iscc /DAppVersion=0.1.0 [/DFileVersion=0.1.0.0] [/DOrgConfig=C:\full\path\sharetidy.toml] installer\sharetidy.iss
;
; AppVersion   required; the version in desktop_app/__init__.py (the workflow reads it there)
; FileVersion  four numbers for the setup file's version resource (default: AppVersion,
;              which then must be numbers only)
; OrgConfig    the organisation's config, installed as {app}\sharetidy.toml next to the
;              executable, where the app looks first after --config and SHARETIDY_CONFIG
;              (default: the shipped example resources\default_config.toml). Give a full path.
; DistDir      the built app (default: ..\dist\sharetidy)
;
; Result: dist\installer\ShareTidy-setup-<AppVersion>.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z installer\sharetidy.iss
#endif
#ifndef FileVersion
  #define FileVersion AppVersion
#endif
#ifndef OrgConfig
  #define OrgConfig AddBackslash(SourcePath) + "..\resources\default_config.toml"
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\sharetidy"
#endif
#ifnexist AddBackslash(DistDir) + "sharetidyw.exe"
  #error The built app is missing: run python installer/build.py on Windows first
#endif
#ifnexist OrgConfig
  #error The organisation config given with /DOrgConfig does not exist
#endif

[Setup]
; The AppId identifies ShareTidy to Windows for upgrades and uninstall: never change it.
AppId={{51CD2253-CC78-43DE-918C-08B3F4FB303A}
AppName=ShareTidy
AppVersion={#AppVersion}
AppVerName=ShareTidy {#AppVersion}
AppPublisher=ShareTidy
VersionInfoVersion={#FileVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=ShareTidy Setup
; Per machine: Program Files, all users' Start menu; needs administrator rights (IT).
PrivilegesRequired=admin
; Lets IT state the mode explicitly with /ALLUSERS (per machine, the default).
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\ShareTidy
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; PySide6 (Qt 6) runs on Windows 10 and later.
MinVersion=10.0
SetupIconFile=..\resources\icons\sharetidy.ico
UninstallDisplayIcon={app}\sharetidyw.exe
UninstallDisplayName=ShareTidy
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist\installer
OutputBaseFilename=ShareTidy-setup-{#AppVersion}
; A log in %TEMP% (Setup Log yyyy-mm-dd #nnn.txt) for the service desk; /LOG= overrides.
SetupLogging=yes
; An open ShareTidy is closed for an upgrade: every decision is already saved on disk.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The organisation config next to the executable; a new installer replaces it.
Source: "{#OrgConfig}"; DestDir: "{app}"; DestName: "sharetidy.toml"; Flags: ignoreversion

[Icons]
; The windowed executable: no console window for employees.
Name: "{autoprograms}\ShareTidy"; Filename: "{app}\sharetidyw.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\ShareTidy"; Filename: "{app}\sharetidyw.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; Offered after an interactive install only; runs as the user who started Setup.
Filename: "{app}\sharetidyw.exe"; Description: "{cm:LaunchProgram,ShareTidy}"; Flags: nowait postinstall skipifsilent
