package dev.notegraph.importer.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Neo4j's own batch importer (what {@code neo4j-admin database import full} runs), writing store files into an
 * empty database layout: no transactions, no index updates, each record written once.
 */
final class BatchImport {

    // The importer's caches (node-relationship links, id maps) off the heap; the store this writes is small.
    private static final long MAX_OFF_HEAP = 256L << 20;

    private BatchImport() {}

    static void write(DatabaseLayout layout, Config config, Input input) throws IOException {
        var settings = new Configuration() {
            @Override
            public long maxOffHeapMemory() {
                return MAX_OFF_HEAP;
            }

            // Every new database starts with the label and type lookup indexes; built here, in the import.
            @Override
            public IndexConfig indexConfig() {
                return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
            }
        };
        var contextFactory =
                new CursorContextFactory(PageCacheTracer.NULL, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER);
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        try (var fs = new DefaultFileSystemAbstraction();
                var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            StorageEngineFactory.selectStorageEngine(config)
                    .batchImporter(
                            layout,
                            fs,
                            PageCacheTracer.NULL,
                            settings,
                            new SimpleLogService(NullLogProvider.getInstance()),
                            quiet,
                            false,
                            DefaultAdditionalIds.EMPTY,
                            config,
                            Monitor.NO_MONITOR,
                            scheduler,
                            Collector.STRICT,
                            TransactionLogInitializer.getLogFilesInitializer(),
                            new IndexImporterFactoryImpl(),
                            EmptyMemoryTracker.INSTANCE,
                            contextFactory)
                    .doImport(input);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the batch import failed", e);
        }
    }
}
