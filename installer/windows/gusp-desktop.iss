; GUSP Desktop: per-user Windows installer (Inno Setup 6.3 or later).
;
; Built by installer\build_windows.py, which freezes the application with PyInstaller and then
; calls the compiler with the version read from the package:
;
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 /DSourceDir=...\dist\gusp-desktop
;        /DOutputDir=...\build\windows installer\windows\gusp-desktop.iss
;
; No administrator rights: the program goes to %LOCALAPPDATA%\Programs\GUSP Desktop, the shortcut
; to the user's Start menu, the uninstaller to « Applications installées ». The user's data
; (%LOCALAPPDATA%\gusp-desktop: database, signing identities) is never removed by the uninstaller.

#ifndef AppVersion
  #error AppVersion is missing: run installer\build_windows.py, or pass /DAppVersion=x.y.z to iscc
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\dist\gusp-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\windows"
#endif

#define AppName "GUSP Desktop"
#define AppPublisher "GUSP Desktop"
; The windowed executable (no console); gusp-desktop.exe next to it is the command line.
#define AppExeName "gusp-desktop-gui.exe"

[Setup]
; Never change AppId: it is how Windows recognises an update of the same application.
AppId={{6F1C2A4E-7B3D-4E59-9A8C-2D5E0B7F4A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=EUPL-1.2
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} installer
; Per-user installation: no UAC prompt, {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=gusp-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=gusp-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Close a running GUSP Desktop before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.AppComment=Comités GUSP, plans d'actions et comptes rendus signés
en.AppComment=GUSP committees, action plans and signed minutes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no module of the previous version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
