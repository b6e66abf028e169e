/// Counts the bytes held, for the run's memory budget (`Limits::max_memory`).
#[global_allocator]
static ALLOCATOR: engine::Counting<std::alloc::System> = engine::Counting(std::alloc::System);

fn main() {
    loopscope_web::crash::install();
    yew::Renderer::<loopscope_web::app::App>::new().render();
}
