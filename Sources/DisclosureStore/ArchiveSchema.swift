import GRDB

/// The archive's schema, created and evolved by versioned migrations (never edited in place once released).
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-items-runs-idmap") { db in
            try db.execute(
                sql: """
                    CREATE TABLE runs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        startedAt TEXT NOT NULL,
                        finishedAt TEXT,
                        status TEXT NOT NULL,
                        source TEXT,
                        options TEXT,
                        summary TEXT
                    );
                    CREATE TABLE items (
                        id TEXT PRIMARY KEY,
                        title TEXT NOT NULL,
                        url TEXT,
                        publishedAt TEXT,
                        publishedYear INTEGER,
                        writtenAt TEXT,
                        category TEXT,
                        kind TEXT,
                        attribute TEXT,
                        reviewResult TEXT,
                        documentNumber TEXT,
                        indexNumber TEXT,
                        normalizedTitle TEXT NOT NULL,
                        isItem INTEGER NOT NULL,
                        releasable INTEGER NOT NULL,
                        json TEXT NOT NULL,
                        createdRun INTEGER,
                        updatedRun INTEGER
                    );
                    CREATE INDEX items_by_year ON items(publishedYear, category);
                    CREATE INDEX items_by_document_number ON items(documentNumber);
                    CREATE INDEX items_by_title ON items(normalizedTitle, publishedAt);
                    CREATE INDEX items_by_url ON items(url);
                    CREATE TABLE attachments (
                        itemID TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        url TEXT,
                        path TEXT,
                        mediaType TEXT,
                        sha256 TEXT,
                        PRIMARY KEY (itemID, position)
                    );
                    CREATE TABLE sources (
                        itemID TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        importer TEXT NOT NULL,
                        file TEXT,
                        url TEXT,
                        row INTEGER,
                        contentHash TEXT,
                        legacyID TEXT,
                        PRIMARY KEY (itemID, position)
                    );
                    CREATE INDEX sources_by_file ON sources(file);
                    CREATE TABLE categories (
                        id TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        parent TEXT,
                        position INTEGER NOT NULL
                    );
                    CREATE TABLE id_map (
                        sourceKey TEXT PRIMARY KEY,
                        file TEXT NOT NULL,
                        itemID TEXT,
                        status TEXT NOT NULL,
                        reason TEXT,
                        contentHash TEXT,
                        importer TEXT,
                        lastRun INTEGER NOT NULL
                    );
                    CREATE INDEX id_map_by_file ON id_map(file);
                    CREATE TABLE messages (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        runID INTEGER NOT NULL,
                        sourceKey TEXT,
                        severity TEXT NOT NULL,
                        code TEXT NOT NULL,
                        message TEXT NOT NULL,
                        file TEXT,
                        line INTEGER,
                        element TEXT,
                        field TEXT
                    );
                    CREATE INDEX messages_by_run ON messages(runID);
                    CREATE TABLE item_history (
                        runID INTEGER NOT NULL,
                        itemID TEXT NOT NULL,
                        previousJSON TEXT,
                        PRIMARY KEY (runID, itemID)
                    );
                    CREATE TABLE id_map_history (
                        runID INTEGER NOT NULL,
                        sourceKey TEXT NOT NULL,
                        previous TEXT,
                        PRIMARY KEY (runID, sourceKey)
                    );
                    CREATE TABLE list_links (
                        listFile TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        url TEXT NOT NULL,
                        title TEXT NOT NULL,
                        date TEXT,
                        PRIMARY KEY (listFile, position)
                    );
                    CREATE INDEX list_links_by_url ON list_links(url);
                    CREATE TABLE requests (
                        id TEXT PRIMARY KEY,
                        receivedOn TEXT NOT NULL,
                        json TEXT NOT NULL
                    );
                    CREATE VIRTUAL TABLE items_fts USING fts5(itemID UNINDEXED, title, body, tokenize='trigram');
                    """)
        }
        migrator.registerMigration("v2-file-platform-index") { db in
            try db.execute(
                sql: """
                    CREATE TABLE indexed_files (
                        listFile TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        folder TEXT NOT NULL,
                        name TEXT NOT NULL,
                        size INTEGER,
                        uploadedAt TEXT,
                        url TEXT,
                        PRIMARY KEY (listFile, position)
                    );
                    CREATE INDEX indexed_files_by_name ON indexed_files(name);
                    """)
        }
        migrator.registerMigration("v3-indexes-for-large-sites") { db in
            // The full-text rows take their item's rowid (v1 gave them their own), and the lookups a migration makes
            // per file get indexes, so a 20,000-page site costs no more per page than a small one.
            try db.execute(
                sql: """
                    DELETE FROM items_fts;
                    INSERT INTO items_fts (rowid, itemID, title, body)
                        SELECT rowid, id, title, COALESCE(json_extract(json, '$.text'), '') FROM items WHERE isItem = 1;
                    CREATE INDEX attachments_by_path ON attachments(path);
                    CREATE INDEX sources_by_url ON sources(url);
                    """)
        }
        migrator.registerMigration("v4-walked-files") { db in
            // The files the latest run walked, changed or not: its accounting is read from here and the ID map, so
            // a migration holds no set of every file in memory.
            try db.execute(
                sql: """
                    CREATE TABLE run_files (
                        sourceKey TEXT PRIMARY KEY,
                        runID INTEGER NOT NULL
                    );
                    """)
        }
        return migrator
    }
}
