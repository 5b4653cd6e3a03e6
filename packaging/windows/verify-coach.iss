; Inno Setup script: a per-user installer for the PyInstaller bundle (no administrator rights needed).
;
;   python packaging\build.py --dist dist
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=%CD%\dist\verify-coach packaging\windows\verify-coach.iss
;
; The installer lands in packaging\windows\Output\. It installs to %LOCALAPPDATA%\Programs\verify-coach, adds
; a Start menu entry (and, if asked, a desktop icon), registers an uninstaller in "Apps & features" and
; leaves the user's data (%LOCALAPPDATA%\verify_coach) alone on uninstall: deleting it is "Delete all my data"
; in the app's Settings.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\verify-coach"
#endif

[Setup]
AppId={{6E3C1B7A-4F1D-4E53-9C3A-2B8C1D5E7F90}
AppName=verify_coach
AppVersion={#AppVersion}
AppVerName=verify_coach {#AppVersion}
AppPublisher=verify_coach
AppComments=Rehearse your own profile before an identity-verification video call
DefaultDirName={localappdata}\Programs\verify-coach
DefaultGroupName=verify_coach
DisableProgramGroupPage=yes
; per user, no administrator rights
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=verify-coach-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=verify_coach
UninstallDisplayIcon={app}\verify-coach.exe
ChangesAssociations=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is an unofficial Inno Setup translation (not installed with it): the app itself is in
; English and Simplified Chinese and follows the system's language.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\verify_coach"; Filename: "{app}\verify-coach.exe"; Comment: "Rehearse your profile before a verification call"
Name: "{userdesktop}\verify_coach"; Filename: "{app}\verify-coach.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\verify-coach.exe"; Description: "{cm:LaunchProgram,verify_coach}"; Flags: nowait postinstall skipifsilent
