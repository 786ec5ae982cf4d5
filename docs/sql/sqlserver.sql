IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [Attachments] (
        [Id] uniqueidentifier NOT NULL,
        [MemoId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(127) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [AddedAt] datetimeoffset NOT NULL,
        [AddedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Attachments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [MemoEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [MemoId] uniqueidentifier NOT NULL,
        [Sequence] int NOT NULL,
        [Type] nvarchar(64) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [ActorId] uniqueidentifier NULL,
        [ActorUsername] nvarchar(64) NULL,
        [ActorName] nvarchar(200) NULL,
        [Address] nvarchar(64) NULL,
        CONSTRAINT [PK_MemoEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [Memos] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [OriginatorId] uniqueidentifier NOT NULL,
        [OriginatorPositionTitle] nvarchar(300) NOT NULL,
        [Unit] nvarchar(300) NOT NULL,
        [UnitPhone] nvarchar(64) NULL,
        [Subject] nvarchar(500) NOT NULL,
        [To] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Urgency] int NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [RouteId] nvarchar(64) NOT NULL,
        [RouteVersion] int NULL,
        [Round] int NOT NULL,
        [CurrentStepId] nvarchar(64) NULL,
        [CurrentPosition] nvarchar(64) NULL,
        [StepOpenedAt] datetimeoffset NULL,
        [DueAt] datetimeoffset NULL,
        [RegisterYear] int NULL,
        [Sequence] int NULL,
        [Number] nvarchar(100) NULL,
        [MemoDate] date NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [LastSequence] int NOT NULL,
        CONSTRAINT [PK_Memos] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(64) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [RegisterCode] nvarchar(64) NOT NULL,
        [NumberingYear] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [People] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Username] nvarchar(64) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [PasswordHash] nvarchar(max) NOT NULL,
        [Email] nvarchar(320) NULL,
        [IsAdministrator] bit NOT NULL,
        CONSTRAINT [PK_People] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [Positions] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NULL,
        [Code] nvarchar(64) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        CONSTRAINT [PK_Positions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [RegisterCounters] (
        [OrganisationId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_RegisterCounters] PRIMARY KEY ([OrganisationId], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [RouteVersions] (
        [RouteId] nvarchar(64) NOT NULL,
        [Version] int NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        [Json] nvarchar(max) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_RouteVersions] PRIMARY KEY ([RouteId], [Version])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [Units] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [Phone] nvarchar(max) NULL,
        CONSTRAINT [PK_Units] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE TABLE [Appointments] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [PositionId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [From] date NOT NULL,
        [To] date NULL,
        [OrderReference] nvarchar(max) NULL,
        CONSTRAINT [PK_Appointments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Appointments_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Appointments_Positions_PositionId] FOREIGN KEY ([PositionId]) REFERENCES [Positions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE INDEX [IX_Appointments_PersonId] ON [Appointments] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE INDEX [IX_Appointments_PositionId] ON [Appointments] ([PositionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE INDEX [IX_Attachments_MemoId] ON [Attachments] ([MemoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MemoEvents_MemoId_Sequence] ON [MemoEvents] ([MemoId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE INDEX [IX_Memos_OrganisationId_CurrentPosition_Status] ON [Memos] ([OrganisationId], [CurrentPosition], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Memos_OrganisationId_RegisterYear_Sequence] ON [Memos] ([OrganisationId], [RegisterYear], [Sequence]) WHERE [RegisterYear] IS NOT NULL AND [Sequence] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE INDEX [IX_Memos_OriginatorId_UpdatedAt] ON [Memos] ([OriginatorId], [UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organisations_Code] ON [Organisations] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_People_Username] ON [People] ([Username]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Positions_OrganisationId_Code] ON [Positions] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031205_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124031205_Initial', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031348_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124031348_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124031348_DataProtectionKeys', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    ALTER TABLE [People] ADD [LineUserId] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    ALTER TABLE [People] ADD [NotifyByEmail] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    ALTER TABLE [People] ADD [WebhookUrl] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    ALTER TABLE [Memos] ADD [NextReminderAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    ALTER TABLE [Memos] ADD [RemindersSent] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [MemoId] uniqueidentifier NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [Link] nvarchar(500) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ReadAt] datetimeoffset NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE TABLE [Reminders] (
        [Id] uniqueidentifier NOT NULL,
        [MemoId] uniqueidentifier NOT NULL,
        [Round] int NOT NULL,
        [StepId] nvarchar(64) NOT NULL,
        [ReminderNumber] int NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ScheduledAt] datetimeoffset NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Title] nvarchar(500) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [Link] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_Reminders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE TABLE [NotificationDeliveries] (
        [Id] uniqueidentifier NOT NULL,
        [ReminderId] uniqueidentifier NOT NULL,
        [RecipientId] uniqueidentifier NOT NULL,
        [Channel] nvarchar(32) NOT NULL,
        [Address] nvarchar(500) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        [NextAttemptAt] datetimeoffset NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [SentAt] datetimeoffset NULL,
        CONSTRAINT [PK_NotificationDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NotificationDeliveries_Reminders_ReminderId] FOREIGN KEY ([ReminderId]) REFERENCES [Reminders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    UPDATE "Memos" SET "NextReminderAt" = "DueAt" WHERE "CurrentStepId" IS NOT NULL AND "DueAt" IS NOT NULL
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE INDEX [IX_Memos_NextReminderAt] ON [Memos] ([NextReminderAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NotificationDeliveries_ReminderId_RecipientId_Channel] ON [NotificationDeliveries] ([ReminderId], [RecipientId], [Channel]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE INDEX [IX_NotificationDeliveries_Status_NextAttemptAt] ON [NotificationDeliveries] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE INDEX [IX_Notifications_PersonId_ReadAt_CreatedAt] ON [Notifications] ([PersonId], [ReadAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Reminders_MemoId_Round_StepId_ReminderNumber] ON [Reminders] ([MemoId], [Round], [StepId], [ReminderNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032134_Reminders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124032134_Reminders', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [People] ADD [Active] bit NOT NULL DEFAULT CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Units]') AND [c].[name] = N'Phone');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Units] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Units] ALTER COLUMN [Phone] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Units] ADD [Active] bit NOT NULL DEFAULT CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Positions] ADD [Active] bit NOT NULL DEFAULT CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Positions] ADD [SuperiorPositionId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [People] ADD [Roles] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    UPDATE "People" SET "Roles" = 9 WHERE "IsAdministrator" = 1
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Organisations] ADD [CreatedAt] datetimeoffset NOT NULL DEFAULT '0001-01-01T00:00:00.0000000+00:00';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Organisations] ADD [District] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Organisations] ADD [Province] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Organisations] ADD [ShortName] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Appointments]') AND [c].[name] = N'OrderReference');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Appointments] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Appointments] ALTER COLUMN [OrderReference] nvarchar(300) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Appointments] ADD [CreatedAt] datetimeoffset NOT NULL DEFAULT '0001-01-01T00:00:00.0000000+00:00';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    ALTER TABLE [Appointments] ADD [OrganisationId] uniqueidentifier NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    UPDATE "Appointments" SET "OrganisationId" = (SELECT p."OrganisationId" FROM "People" p WHERE p."Id" = "Appointments"."PersonId")
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE TABLE [AuditRecords] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [At] datetimeoffset NOT NULL,
        [ActorId] uniqueidentifier NULL,
        [ActorUsername] nvarchar(64) NOT NULL,
        [Action] nvarchar(64) NOT NULL,
        [EntityType] nvarchar(64) NOT NULL,
        [EntityId] uniqueidentifier NULL,
        [Details] nvarchar(max) NOT NULL,
        [Address] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE TABLE [HolidayYears] (
        [OrganisationId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Holidays] nvarchar(max) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [UpdatedBy] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_HolidayYears] PRIMARY KEY ([OrganisationId], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE TABLE [Installations] (
        [Id] int NOT NULL,
        [SetUpAt] datetimeoffset NOT NULL,
        [FirstOrganisationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Installations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE TABLE [StandInRequests] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [RequesterId] uniqueidentifier NOT NULL,
        [StandInId] uniqueidentifier NOT NULL,
        [PositionId] uniqueidentifier NOT NULL,
        [From] date NOT NULL,
        [To] date NOT NULL,
        [Reason] nvarchar(1000) NULL,
        [Status] nvarchar(32) NOT NULL,
        [DecidedBy] uniqueidentifier NULL,
        [DecidedAt] datetimeoffset NULL,
        [AppointmentId] uniqueidentifier NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_StandInRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Units_OrganisationId_Name] ON [Units] ([OrganisationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE INDEX [IX_People_OrganisationId] ON [People] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE INDEX [IX_Appointments_OrganisationId] ON [Appointments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE INDEX [IX_AuditRecords_OrganisationId_At] ON [AuditRecords] ([OrganisationId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    CREATE INDEX [IX_StandInRequests_OrganisationId_Status] ON [StandInRequests] ([OrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207225539_Administration'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207225539_Administration', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207232743_RetireIsAdministrator'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[People]') AND [c].[name] = N'IsAdministrator');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [People] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [People] DROP COLUMN [IsAdministrator];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207232743_RetireIsAdministrator'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207232743_RetireIsAdministrator', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235800_SignInSessionsAndAttempts'
)
BEGIN
    CREATE TABLE [SignInAttempts] (
        [Id] uniqueidentifier NOT NULL,
        [Username] nvarchar(64) NOT NULL,
        [Address] nvarchar(64) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Failed] bit NOT NULL,
        CONSTRAINT [PK_SignInAttempts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235800_SignInSessionsAndAttempts'
)
BEGIN
    CREATE TABLE [SignInSessions] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [EndedAt] datetimeoffset NULL,
        [Address] nvarchar(64) NULL,
        CONSTRAINT [PK_SignInSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SignInSessions_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235800_SignInSessionsAndAttempts'
)
BEGIN
    CREATE INDEX [IX_SignInAttempts_Address_At] ON [SignInAttempts] ([Address], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235800_SignInSessionsAndAttempts'
)
BEGIN
    CREATE INDEX [IX_SignInAttempts_At] ON [SignInAttempts] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235800_SignInSessionsAndAttempts'
)
BEGIN
    CREATE INDEX [IX_SignInAttempts_Username_At] ON [SignInAttempts] ([Username], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235800_SignInSessionsAndAttempts'
)
BEGIN
    CREATE INDEX [IX_SignInSessions_PersonId] ON [SignInSessions] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235800_SignInSessionsAndAttempts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207235800_SignInSessionsAndAttempts', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208003616_IdempotencyKeys'
)
BEGIN
    CREATE TABLE [IdempotentRequests] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [Response] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IdempotentRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208003616_IdempotencyKeys'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IdempotentRequests_PersonId_Key] ON [IdempotentRequests] ([PersonId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208003616_IdempotencyKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208003616_IdempotencyKeys', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208025515_PrintImages'
)
BEGIN
    CREATE TABLE [PrintImages] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [OwnerId] uniqueidentifier NOT NULL,
        [ContentType] nvarchar(32) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Width] int NOT NULL,
        [Height] int NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        [UploadedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PrintImages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208025515_PrintImages'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PrintImages_OrganisationId_Kind_OwnerId] ON [PrintImages] ([OrganisationId], [Kind], [OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208025515_PrintImages'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208025515_PrintImages', N'10.0.13');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208032032_DelegationScope'
)
BEGIN
    ALTER TABLE [Appointments] ADD [ScopeMaxAmount] decimal(18,2) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208032032_DelegationScope'
)
BEGIN
    ALTER TABLE [Appointments] ADD [ScopeMemoTypes] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208032032_DelegationScope'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208032032_DelegationScope', N'10.0.13');
END;

COMMIT;
GO

